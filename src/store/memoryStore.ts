// The in-memory store, for tests and demos: bounded by lru-cache (most conversations kept, idle expiry).
import { LRUCache } from 'lru-cache';
import type { ConversationState } from '../engine/conversationState';
import type { ConversationStore } from './conversationStore';

export interface MemoryStoreOptions {
  /** The most conversations kept; the least recently used go first. */
  readonly maxConversations?: number;
  /** A conversation idle this long is forgotten, in milliseconds. */
  readonly idleMs?: number;
}

export function createMemoryStore(options: MemoryStoreOptions = {}): ConversationStore {
  const states = new LRUCache<string, string>({ max: options.maxConversations ?? 100_000, ttl: options.idleMs ?? 24 * 3600_000, updateAgeOnGet: true });
  const key = (botId: string, id: string): string => `${botId}\u0000${id}`;
  return {
    loadState: async (botId, id) => {
      const json = states.get(key(botId, id));
      return json === undefined ? undefined : JSON.parse(json);
    },
    saveState: async (state: ConversationState) => {
      states.set(key(state.botId, state.conversationId), JSON.stringify(state));
    },
    ping: async () => true,
    close: async () => states.clear(),
  };
}
