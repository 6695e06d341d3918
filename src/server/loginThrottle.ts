// Failed agent sign-ins, counted per agent id and per client address in fixed windows held in
// memory (bounded with lru-cache). Once a key has used up its failures, every sign-in under it is
// refused until the window ends, even with the right password, so passwords cannot be guessed at
// speed. A successful sign-in clears its agent id's count, not its address's.
import { LRUCache } from 'lru-cache';
import type { Admission } from './turnLimiter';

export interface LoginThrottle {
  /** Whether a sign-in for `agentId` from `address` may be tried now; counts nothing. */
  check(agentId: string, address: string): Admission;
  failed(agentId: string, address: string): void;
  succeeded(agentId: string): void;
}

export interface LoginThrottleOptions {
  /** Failed sign-ins one agent id may have per window. */
  readonly perAgent: number;
  /** Failed sign-ins one client address may have per window, across agent ids. */
  readonly perAddress: number;
  readonly windowMs: number;
  readonly now: () => number;
}

interface Window {
  readonly start: number;
  failures: number;
}

export function createLoginThrottle(options: LoginThrottleOptions): LoginThrottle {
  const windows = new LRUCache<string, Window>({ max: 100_000 });
  const keys = (agentId: string, address: string): Array<[string, number]> => [[`agent:${agentId.slice(0, 200)}`, options.perAgent], [`address:${address}`, options.perAddress]];
  const live = (key: string, at: number): Window | undefined => {
    const found = windows.get(key);
    return found && at - found.start < options.windowMs ? found : undefined;
  };
  return {
    check(agentId, address) {
      const at = options.now();
      const full = keys(agentId, address).flatMap(([key, max]) => {
        const window = live(key, at);
        return window && window.failures >= max ? [window.start + options.windowMs] : [];
      });
      if (full.length === 0) return { ok: true };
      const until = Math.max(...full);
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((until - at) / 1000)) };
    },
    failed(agentId, address) {
      const at = options.now();
      for (const [key] of keys(agentId, address)) {
        const window = live(key, at) ?? { start: at, failures: 0 };
        window.failures += 1;
        windows.set(key, window);
      }
    },
    succeeded(agentId) {
      windows.delete(keys(agentId, '')[0]![0]);
    },
  };
}
