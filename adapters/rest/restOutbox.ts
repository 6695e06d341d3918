// Messages for REST customers that do not answer a request of theirs (an agent's replies, queue
// updates): kept per conversation until the customer's next call picks them up. In memory, bounded.
import { LRUCache } from 'lru-cache';
import type { Reply } from '../../src/runtime/createRuntime';

export interface OutboxMessage extends Reply {
  readonly seq: number;
  readonly at: string;
}

export class RestOutbox {
  readonly #boxes = new LRUCache<string, OutboxMessage[]>({ max: 10_000, ttl: 24 * 3600_000 });
  #seq = 0;

  /** Conversations this channel started; only those receive deliveries. */
  readonly #known = new LRUCache<string, true>({ max: 100_000, ttl: 7 * 24 * 3600_000 });

  know(conversationId: string): void {
    this.#known.set(conversationId, true);
  }

  holds(conversationId: string): boolean {
    return this.#known.has(conversationId);
  }

  put(conversationId: string, replies: readonly Reply[], at: Date): void {
    const box = this.#boxes.get(conversationId) ?? [];
    for (const reply of replies) box.push({ ...reply, seq: ++this.#seq, at: at.toISOString() });
    this.#boxes.set(conversationId, box.slice(-200));
  }

  /** Everything waiting for the conversation, removed from the box. */
  take(conversationId: string): OutboxMessage[] {
    const box = this.#boxes.get(conversationId) ?? [];
    this.#boxes.delete(conversationId);
    return box;
  }
}
