// Rate limits on customer turns: a fixed-window counter per key (a conversation, a client address)
// held in memory and bounded with lru-cache. Our own small module: the restify throttle plugin
// keys only by address or username, not by conversation.
import { LRUCache } from 'lru-cache';

export interface TurnLimit {
  readonly key: string;
  readonly max: number;
}

export type Admission = { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number };

export interface TurnLimiter {
  /** Counts a turn against every limit, or none of them when one is used up. */
  admit(limits: readonly TurnLimit[]): Admission;
}

interface Window {
  readonly start: number;
  count: number;
}

export function createTurnLimiter(windowMs: number, options: { maxKeys?: number; now?: () => number } = {}): TurnLimiter {
  const now = options.now ?? Date.now;
  const windows = new LRUCache<string, Window>({ max: options.maxKeys ?? 100_000 });
  const current = (key: string, at: number): Window => {
    const found = windows.get(key);
    if (found && at - found.start < windowMs) return found;
    const fresh = { start: at, count: 0 };
    windows.set(key, fresh);
    return fresh;
  };
  return {
    admit(limits) {
      const at = now();
      const counted = limits.map((limit) => ({ limit, window: current(limit.key, at) }));
      const full = counted.filter(({ limit, window }) => window.count >= limit.max);
      if (full.length > 0) {
        const until = Math.max(...full.map(({ window }) => window.start + windowMs));
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((until - at) / 1000)) };
      }
      for (const { window } of counted) window.count += 1;
      return { ok: true };
    },
  };
}
