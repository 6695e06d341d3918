// A Redis client whose every command, MULTI included, fails after a time limit instead of waiting.
// node-redis's own limits do not cover a server that accepts commands but never answers (frozen, or
// cut off by a partition that drops packets): its command timeout ends when the command is written,
// and its socket timeout counts writes as activity, so under load a frozen Redis holds every turn
// until it wakes. With this bound a turn fails as unavailable (503) within the limit; the command
// itself goes on, and a late answer is ignored, so a caller that took something (a lease) must give
// it back itself.
import type { RedisClientType } from 'redis';

export class RedisStalledError extends Error {
  constructor(readonly limitMs: number) {
    super(`Redis did not answer within ${limitMs} ms.`);
    this.name = 'RedisStalledError';
  }
}

function isThenable(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

function isMulti(value: unknown): value is object {
  return typeof value === 'object' && value !== null && typeof (value as { exec?: unknown }).exec === 'function';
}

function within(promise: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RedisStalledError(ms)), ms);
  });
  promise.catch(() => undefined); // an answer or failure after the limit is nobody's to handle
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

function bound<T extends object>(target: T, ms: number): T {
  const proxy: T = new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(object, args);
        if (result === object) return proxy; // a chained MULTI call
        if (isThenable(result)) return within(result, ms);
        if (isMulti(result)) return bound(result, ms);
        return result;
      };
    },
  });
  return proxy;
}

/** The same client, with a time limit on every command's answer. */
export function boundRedisCalls(client: RedisClientType, ms: number): RedisClientType {
  return bound(client, ms);
}
