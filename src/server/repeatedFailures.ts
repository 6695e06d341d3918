/**
 * Warnings about failures that repeat (a store that stops answers every turn with the same error):
 * the first of a kind is logged at once, with its stack; the same failure again within `intervalMs`
 * is only counted, and the count is logged once when the interval ends. A fault then costs a few
 * log lines a minute, not one per request.
 */
import type { Logger } from './logger';

export interface RepeatedFailures {
  /**
   * Logs `message` with `fields` (and `err`) at `level` (default warn), or counts it when the same
   * failure was logged within the interval.
   */
  log(err: unknown, fields: Record<string, unknown>, message: string, level?: 'warn' | 'error'): void;
  /** Logs the counts not yet logged (on shutdown). */
  flush(): void;
}

interface Pending {
  readonly message: string;
  readonly kind: string;
  readonly level: 'warn' | 'error';
  count: number;
  timer: ReturnType<typeof setTimeout>;
}

/** What makes two failures the same: the message logged and the error's code or name and message. */
function kindOf(err: unknown): string {
  if (!(err instanceof Error)) return String(err).slice(0, 200);
  const code = (err as Error & { code?: unknown }).code;
  return `${typeof code === 'string' ? code : err.name}: ${err.message.slice(0, 200)}`;
}

export function repeatedFailures(log: Logger, intervalMs = 10_000): RepeatedFailures {
  const pending = new Map<string, Pending>();
  const report = (key: string): void => {
    const p = pending.get(key);
    if (!p) return;
    pending.delete(key);
    clearTimeout(p.timer);
    if (p.count > 0) log[p.level]({ failure: p.kind, repeated: p.count, seconds: intervalMs / 1000 }, `${p.message}: the same failure ${p.count} more time${p.count === 1 ? '' : 's'}`);
  };
  return {
    log(err, fields, message, level = 'warn') {
      const kind = kindOf(err);
      const key = `${message}\n${kind}`;
      const p = pending.get(key);
      if (p) {
        p.count++;
        return;
      }
      log[level]({ ...fields, err }, message);
      const timer = setTimeout(() => report(key), intervalMs);
      timer.unref?.();
      pending.set(key, { message, kind, level, count: 0, timer });
    },
    flush() {
      for (const key of [...pending.keys()]) report(key);
    },
  };
}
