// Failed agent sign-ins, counted in fixed windows by rate-limiter-flexible counters (see
// rateLimiters: this process's memory, or Redis shared by every process) under three keys: the
// agent id from one client address, the agent id from anywhere, and the address across agent ids.
// Refused, until its window ends:
//   - an agent id from an address that failed for it `perAgent` times;
//   - every agent id from an address that failed `perAddress` times;
//   - an agent id that failed `perAgent` times in all, but only from the addresses that failed for
//     it: a guesser spread over many addresses gets about one guess per address, while the agent
//     with the right password, from an address that has not failed, still signs in.
// A successful sign-in forgets its address's failures for the agent id, in the agent id's count
// too, so an agent's own typos never add up to a lock; the address's own count stays.
import type { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { wholeSeconds, type RateLimiters } from './rateLimiters';
import type { Admission } from './turnLimiter';

export interface LoginThrottle {
  /** Whether a sign-in for `agentId` from `address` may be tried now; counts nothing. */
  check(agentId: string, address: string): Promise<Admission>;
  failed(agentId: string, address: string): Promise<void>;
  succeeded(agentId: string, address: string): Promise<void>;
}

export interface LoginThrottleOptions {
  /** Failed sign-ins one agent id may have per window, from one address or in all (see above). */
  readonly perAgent: number;
  /** Failed sign-ins one client address may have per window, across agent ids. */
  readonly perAddress: number;
  readonly windowMs: number;
}

/** A count still running: RateLimiterRes, or nothing when the key has no count or its window ended. */
function live(res: RateLimiterRes | null): RateLimiterRes | undefined {
  return res !== null && res.msBeforeNext > 0 && res.consumedPoints > 0 ? res : undefined;
}

/** The counts never refuse anything themselves (the throttle decides): they only count and are read. */
async function read(counter: RateLimiterAbstract, key: string): Promise<RateLimiterRes | undefined> {
  return live(await counter.get(key).catch(() => null));
}

export function createLoginThrottle(limiters: RateLimiters, options: LoginThrottleOptions): LoginThrottle {
  const pairs = limiters.counter('sign-in-agent-address', options.perAgent, options.windowMs);
  const agents = limiters.counter('sign-in-agent', options.perAgent, options.windowMs);
  const addresses = limiters.counter('sign-in-address', options.perAddress, options.windowMs);
  // JSON keeps the parts apart and writes any string, a lone surrogate included.
  const agentKey = (agentId: string): string => JSON.stringify(agentId.slice(0, 200));
  const pairKey = (agentId: string, address: string): string => JSON.stringify([agentId.slice(0, 200), address]);
  return {
    async check(agentId, address) {
      const [pair, agent, from] = await Promise.all([read(pairs, pairKey(agentId, address)), read(agents, agentKey(agentId)), read(addresses, JSON.stringify(address))]);
      const waits: number[] = [];
      if (from && from.consumedPoints >= options.perAddress) waits.push(from.msBeforeNext);
      if (pair && pair.consumedPoints >= options.perAgent) waits.push(pair.msBeforeNext);
      // Either window ending lets this address try again.
      else if (pair && agent && agent.consumedPoints >= options.perAgent) waits.push(Math.min(agent.msBeforeNext, pair.msBeforeNext));
      return waits.length === 0 ? { ok: true } : { ok: false, retryAfterSeconds: wholeSeconds(Math.max(...waits)) };
    },
    async failed(agentId, address) {
      await Promise.all([
        pairs.penalty(pairKey(agentId, address)), agents.penalty(agentKey(agentId)), addresses.penalty(JSON.stringify(address)),
      ].map((counted) => counted.catch(() => undefined)));
    },
    async succeeded(agentId, address) {
      const [pair, agent] = await Promise.all([read(pairs, pairKey(agentId, address)), read(agents, agentKey(agentId))]);
      if (!pair) return;
      const forgiven = agent ? (agent.consumedPoints <= pair.consumedPoints ? agents.delete(agentKey(agentId)) : agents.reward(agentKey(agentId), pair.consumedPoints)) : undefined;
      await Promise.all([pairs.delete(pairKey(agentId, address)), forgiven].map((done) => done?.catch(() => undefined)));
    },
  };
}
