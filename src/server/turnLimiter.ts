// Rate limits on customer turns: fixed-window counts per key (a conversation, a client address,
// an address's new conversations) kept by rate-limiter-flexible counters (see rateLimiters), in
// memory for one process or in Redis shared by all. Our own keys rather than the restify throttle
// plugin, which keys only by address or username, not by conversation.
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { wholeSeconds, type RateLimiters } from './rateLimiters';

export interface TurnLimit {
  readonly key: string;
  readonly max: number;
}

export type Admission = { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number };

export interface TurnLimiter {
  /** Counts a turn against every limit, or none of them when one is used up. */
  admit(limits: readonly TurnLimit[]): Promise<Admission>;
}

export function createTurnLimiter(limiters: RateLimiters, windowMs: number): TurnLimiter {
  const counters = new Map<number, RateLimiterAbstract>();
  const counter = (max: number): RateLimiterAbstract => {
    let found = counters.get(max);
    if (!found) {
      found = limiters.counter('turns', max, windowMs); // one namespace: keys say what they count
      counters.set(max, found);
    }
    return found;
  };
  return {
    async admit(limits) {
      const results = await Promise.allSettled(limits.map((limit) => counter(limit.max).consume(limit.key)));
      const refused = results.flatMap((r) => (r.status === 'rejected' && r.reason instanceof RateLimiterRes ? [r.reason] : []));
      if (refused.length === 0) return { ok: true }; // a counter that failed (memory never does) lets the turn through
      // Counted against the other limits: given back, so a refused turn costs nothing.
      await Promise.allSettled(limits.map((limit, i) => (results[i]!.status === 'fulfilled' ? counter(limit.max).reward(limit.key) : undefined)));
      return { ok: false, retryAfterSeconds: wholeSeconds(Math.max(...refused.map((r) => r.msBeforeNext))) };
    },
  };
}
