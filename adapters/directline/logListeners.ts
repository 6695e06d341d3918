// The listeners (WebSocket streams) of this process, per conversation, for the logs kept outside it
// (SQLite, Redis): told of every append and of a conversation's end. One listener's failure (a
// socket that broke mid-send) never stops the others.
import type { LoggedPage, LogListener } from './activityLog';

export interface LogListeners {
  add(conversationId: string, listener: LogListener): () => void;
  /** Whether a stream of this process listens to the conversation. */
  has(conversationId: string): boolean;
  /** The conversations some stream listens to. */
  ids(): string[];
  next(conversationId: string, page: LoggedPage): void;
  /** Tells the conversation's listeners it is gone, and drops them. */
  end(conversationId: string): void;
  endAll(): void;
}

export function logListeners(): LogListeners {
  const byId = new Map<string, Set<LogListener>>();
  const end = (id: string): void => {
    const set = byId.get(id);
    byId.delete(id);
    for (const listener of [...(set ?? [])]) safely(() => listener.end());
  };
  return {
    add(id, listener) {
      const set = byId.get(id) ?? new Set<LogListener>();
      byId.set(id, set);
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0 && byId.get(id) === set) byId.delete(id);
      };
    },
    has: (id) => (byId.get(id)?.size ?? 0) > 0,
    ids: () => [...byId.keys()],
    next(id, page) {
      for (const listener of [...(byId.get(id) ?? [])]) safely(() => listener.next(page));
    },
    end,
    endAll() {
      for (const id of [...byId.keys()]) end(id);
    },
  };
}

export function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // the listener cleans up after itself; the log carries on
  }
}
