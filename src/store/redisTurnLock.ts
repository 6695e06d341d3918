// Turns of one conversation serialised across processes sharing a Redis: a lease (SET NX PX with a
// unique token) taken before the turn, renewed while it runs, released after; the store saves only
// while the lease holds (fencing), so a process that stalled past its lease writes nothing.
// A lease that could not be released (Redis down or silent), or whose SET got no answer in time
// (it may still have been granted), is owed: its release is tried again until it lands or the lease
// has expired anyway, so a conversation is free as soon as Redis is back, not a lease later.
import { randomBytes } from 'node:crypto';
import type { RedisClientType } from 'redis';
import { KeyedMutex } from '../runtime/keyedMutex';
import type { TurnLock } from '../runtime/turnLock';
import { OwedReleases } from './owedReleases';
import type { TurnLease } from './turnLease';

export interface RedisTurnLockOptions {
  readonly prefix?: string;
  /** How long a lease lasts unless renewed. Default 30 s; renewed every third of that while the turn runs. */
  readonly leaseMs?: number;
  /** How long a turn waits for the conversation before giving up with TurnBusyError. Default 20 s. */
  readonly waitMs?: number;
}

export class TurnBusyError extends Error {
  constructor(readonly conversationId: string, waitedMs: number) {
    super(`Conversation ${conversationId} stayed busy with another turn for ${waitedMs} ms.`);
    this.name = 'TurnBusyError';
  }
}

// Renew or release only while the lease is still ours.
const RENEW = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end";
const RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end";

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export function redisTurnLock(client: RedisClientType, options: RedisTurnLockOptions = {}): TurnLock {
  const prefix = options.prefix ?? 'baton';
  const leaseMs = options.leaseMs ?? 30_000;
  const waitMs = options.waitMs ?? 20_000;
  // Turns of this process queue in memory first, so they do not poll Redis against each other.
  const local = new KeyedMutex();

  const owed = new OwedReleases((lease) => client.eval(RELEASE, { keys: [lease.key], arguments: [lease.token] }), leaseMs);

  const acquire = async (key: string, conversationId: string): Promise<TurnLease> => {
    const token = randomBytes(12).toString('base64url');
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      let granted: unknown;
      try {
        granted = await client.set(key, token, { NX: true, PX: leaseMs });
      } catch (err) {
        owed.add({ key, token });
        throw err;
      }
      if (granted === 'OK') return { key, token };
      const waited = Date.now() - started;
      if (waited >= waitMs) throw new TurnBusyError(conversationId, waited);
      // Short waits first (a turn takes about a millisecond), then up to 25 ms, with jitter.
      await sleep(Math.min(25, 1 + attempt * 2) * (0.5 + Math.random()));
    }
  };

  return {
    run: (botId, conversationId, task) => local.run(`${botId}\u0000${conversationId}`, async () => {
      const lease = await acquire(`${prefix}:lock:${botId}:${conversationId}`, conversationId);
      const renew = setInterval(() => {
        void client.eval(RENEW, { keys: [lease.key], arguments: [lease.token, String(leaseMs)] }).catch(() => undefined);
      }, Math.max(10, Math.floor(leaseMs / 3)));
      renew.unref();
      try {
        return await task(lease);
      } finally {
        clearInterval(renew);
        // Not awaited: the answer does not wait on Redis once the turn is saved. The next turn's SET
        // goes out on the same connection after this, so it cannot overtake the release.
        owed.release(lease);
      }
    }),
    close: async () => owed.stop(),
  };
}
