// Messages for REST customers that do not answer a request of theirs (an agent's replies, queue
// updates): kept per conversation until the customer's next call picks them up. The contract, and
// the in-memory outbox of one process (bounded, for BATON_STORE=memory); the SQLite store keeps
// them in its file (sqliteRestOutbox) and processes sharing a Redis in Redis (redisRestOutbox).
import { LRUCache } from 'lru-cache';
import type { Reply } from '../../src/runtime/createRuntime';

export interface OutboxMessage extends Reply {
  readonly seq: number;
  readonly at: string;
}

export interface RestOutbox {
  /** Marks a conversation as the REST channel's; only those receive deliveries. */
  know(conversationId: string): Promise<void>;
  holds(conversationId: string): Promise<boolean>;
  put(conversationId: string, replies: readonly Reply[], at: Date): Promise<void>;
  /** Everything waiting for the conversation, in order, removed from the box. */
  take(conversationId: string): Promise<OutboxMessage[]>;
  /** Deletes everything kept for these conversations (a privacy erasure). */
  forget(conversationIds: readonly string[]): Promise<void>;
}

/** The most messages a box keeps; older ones give way. */
export const OUTBOX_LIMIT = 200;
export const OUTBOX_TTL_MS = 24 * 3600_000;
export const KNOWN_TTL_MS = 7 * 24 * 3600_000;

export function memoryRestOutbox(): RestOutbox {
  const boxes = new LRUCache<string, OutboxMessage[]>({ max: 10_000, ttl: OUTBOX_TTL_MS });
  const known = new LRUCache<string, true>({ max: 100_000, ttl: KNOWN_TTL_MS });
  let seq = 0;
  return {
    know: async (id) => void known.set(id, true),
    holds: async (id) => known.has(id),
    put: async (id, replies, at) => {
      const box = boxes.get(id) ?? [];
      for (const reply of replies) box.push({ ...reply, seq: ++seq, at: at.toISOString() });
      boxes.set(id, box.slice(-OUTBOX_LIMIT));
    },
    take: async (id) => {
      const box = boxes.get(id) ?? [];
      boxes.delete(id);
      return box;
    },
    forget: async (ids) => {
      for (const id of ids) {
        boxes.delete(id);
        known.delete(id);
      }
    },
  };
}
