// Where the rate limits keep their counts: counters made with rate-limiter-flexible, in this
// process's memory (SQLite and memory stores: one process), or in Redis, shared by every process
// on the same store (see redisRateLimiters). Each counter counts points per key in fixed windows
// that start with a key's first point.
import { RateLimiterMemory, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface RateLimiters {
  /** Where the counts are: `memory` (this process) or `redis` (every process on the store). */
  readonly kind: 'memory' | 'redis';
  /** A counter named `name` (its keys' namespace) allowing `points` per key per window of `windowMs`. */
  counter(name: string, points: number, windowMs: number): RateLimiterAbstract;
}

/** Milliseconds as whole seconds, at least one: a window (Redis keeps expiries in seconds) or a Retry-After. */
export function wholeSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/** The counter's options both kinds share. */
export function counterOptions(name: string, points: number, windowMs: number): { keyPrefix: string; points: number; duration: number } {
  return { keyPrefix: name, points, duration: wholeSeconds(windowMs) };
}

/** Counters in this process's memory; each key is dropped when its window ends. */
export function memoryRateLimiters(): RateLimiters {
  return {
    kind: 'memory',
    counter: (name, points, windowMs) => new RateLimiterMemory(counterOptions(name, points, windowMs)),
  };
}
