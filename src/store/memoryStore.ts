// The in-memory store, for tests and demos: conversations (state, full transcript, last activity)
// and customer profiles, bounded by lru-cache (most conversations kept, idle expiry).
import { LRUCache } from 'lru-cache';
import type { ConversationStore } from './conversationStore';
import { exportCustomerFrom } from './exportCustomerFrom';
import { lastActiveAt } from './lastActiveAt';
import { createMemoryProfileBook } from './memoryProfileBook';
import { customerByConversation, customerByKey, linkCustomerIn, unlinkConversationsIn } from './profileBook';
import { unstoredEntries } from './unstoredEntries';

export interface MemoryStoreOptions {
  /** The most conversations kept (and as many customer profiles); the least recently used go first. */
  readonly maxConversations?: number;
  /** A conversation (or profile) idle this long is forgotten, in milliseconds. */
  readonly idleMs?: number;
}

interface Held {
  /** The state as JSON without its transcript, which is the tail of `transcript` (kept once). */
  state: string;
  /** How many of the last entries of `transcript` the state holds; undefined: the state JSON has its own. */
  tail: number | undefined;
  /** The full transcript, each entry as JSON. */
  readonly transcript: string[];
  /** How many entries of the full transcript are accounted for (kept, or skipped when a state no longer had them). */
  stored: number;
  activeAt: number;
}

export function createMemoryStore(options: MemoryStoreOptions = {}): ConversationStore {
  const max = options.maxConversations ?? 100_000;
  const idleMs = options.idleMs ?? 24 * 3600_000;
  const conversations = new LRUCache<string, Held>({ max, ttl: idleMs, updateAgeOnGet: true });
  const book = createMemoryProfileBook({ max, idleMs });
  const at = (botId: string, id: string): string => `${botId}\u0000${id}`;

  const store: ConversationStore = {
    loadState: async (botId, id) => {
      const held = conversations.get(at(botId, id));
      return held === undefined ? undefined : stateOf(held);
    },
    // The keys are taken first (at most maxConversations of them); peek leaves recency and idle time alone.
    storedStates: async function* (botId, batchSize = 500) {
      const ofBot = at(botId, '');
      const ids = [...conversations.keys()].filter((k) => k.startsWith(ofBot)).map((k) => k.slice(ofBot.length));
      for (let i = 0; i < ids.length; i += batchSize) {
        const batch = ids.slice(i, i + batchSize).flatMap((id) => {
          const held = conversations.peek(at(botId, id));
          return held === undefined ? [] : [{ conversationId: id, state: stateOf(held) }];
        });
        if (batch.length > 0) yield batch;
      }
    },
    // One process: the runtime serialises a conversation's turns with an in-process mutex, so a
    // lease has nothing to fence here and is ignored.
    saveState: async (state) => {
      const held = conversations.get(at(state.botId, state.conversationId)) ?? { state: '', tail: undefined, transcript: [], stored: 0, activeAt: 0 };
      const { first, entries } = unstoredEntries(state, held.stored);
      for (const entry of entries) held.transcript.push(JSON.stringify(entry));
      held.stored = first + entries.length;
      // The state's transcript is kept once, as the end of the full one, when it is exactly that.
      const kept = state.transcript.map((entry) => JSON.stringify(entry));
      const isTail = kept.length <= held.transcript.length && kept.every((entry, i) => entry === held.transcript[held.transcript.length - kept.length + i]);
      held.tail = isTail ? kept.length : undefined;
      held.state = JSON.stringify(isTail ? { ...state, transcript: 0 } : state);
      held.activeAt = lastActiveAt(state);
      conversations.set(at(state.botId, state.conversationId), held);
    },
    transcript: async (botId, id) => (conversations.get(at(botId, id))?.transcript ?? []).map((entry) => JSON.parse(entry)),
    linkCustomer: async (botId, key, link) => linkCustomerIn(book, botId, key, link),
    customer: async (botId, key) => customerByKey(book, botId, key),
    customerOf: async (botId, id) => customerByConversation(book, botId, id),
    exportCustomer: (botId, key) => exportCustomerFrom(store, botId, key),
    eraseCustomer: async (botId, key) => {
      const profile = customerByKey(book, botId, key);
      if (!profile) return 0;
      const ids = profile.conversations.map((c) => c.conversationId);
      for (const id of ids) conversations.delete(at(botId, id));
      unlinkConversationsIn(book, botId, ids);
      return ids.length;
    },
    purge: async (botId, before) => {
      const ofBot = at(botId, '');
      const gone: string[] = [];
      for (const [k, held] of conversations.entries()) {
        if (k.startsWith(ofBot) && held.activeAt < before.getTime()) gone.push(k.slice(ofBot.length));
      }
      for (const id of gone) conversations.delete(at(botId, id));
      unlinkConversationsIn(book, botId, gone);
      return gone.length;
    },
    ping: async () => true,
    close: async () => {
      conversations.clear();
      book.clear();
    },
  };
  return store;
}

/** The state as it was saved, its transcript put back from the full one when it is kept only there. */
function stateOf(held: Held): Record<string, unknown> {
  const state = JSON.parse(held.state) as Record<string, unknown>;
  if (held.tail === undefined) return state;
  const transcript = held.transcript.slice(held.transcript.length - held.tail).map((entry) => JSON.parse(entry) as unknown);
  // Keys in the order the state had them, the transcript where it was.
  return Object.fromEntries(Object.entries(state).map(([k, v]) => [k, k === 'transcript' ? transcript : v]));
}
