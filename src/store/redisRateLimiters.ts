// Rate-limit counters in Redis, under the store's prefix (`<prefix>:limits:<counter>:<key>`), so
// every process on one store counts against one budget. A limit check never waits long on Redis:
// its commands are bounded to RATE_LIMIT_REDIS_MS, fail at once while the connection is down, and
// a failure is answered by a counter in this process's memory (rate-limiter-flexible's insurance
// limiter) instead of an error, so a Redis outage neither fails nor holds a request over its limit.
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import type { RedisClientType } from 'redis';
import { counterOptions, type RateLimiters } from '../server/rateLimiters';
import { boundRedisCalls } from './boundRedisCalls';

/** How long a limit check waits for Redis before the in-memory counter answers. */
export const RATE_LIMIT_REDIS_MS = 500;

export function redisRateLimiters(client: RedisClientType, prefix: string, options: { readonly waitMs?: number } = {}): RateLimiters {
  const quick = boundRedisCalls(client, options.waitMs ?? RATE_LIMIT_REDIS_MS);
  return {
    kind: 'redis',
    counter: (name, points, windowMs) => {
      const shared = counterOptions(name, points, windowMs);
      return new RateLimiterRedis({
        ...shared,
        keyPrefix: `${prefix}:limits:${name}`,
        storeClient: quick,
        // node-redis v4+ commands; behind the bounding proxy the client's class cannot be recognised.
        useRedisPackage: true,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory(shared),
      });
    },
  };
}
