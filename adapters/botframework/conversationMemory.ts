// What the channel remembers of each conversation it served, in memory and bounded (the least
// recently used go first): the conversation reference that proactive messages need, and the quick
// replies last offered, so that a suggested action's title sent back as text finds its payload.
import type { ConversationReference } from 'botbuilder';
import { LRUCache } from 'lru-cache';
import type { QuickReply } from '../../src/engine/effects';
import type { Reply } from '../../src/runtime/createRuntime';

export interface RememberedConversation {
  readonly reference: Partial<ConversationReference>;
  readonly offered: readonly QuickReply[];
}

export interface ConversationMemory {
  get(conversationId: string): RememberedConversation | undefined;
  /** Keeps the reference; replies sent to the conversation replace the quick replies on offer. */
  remember(conversationId: string, reference: Partial<ConversationReference>, replies: readonly Reply[]): void;
  clear(): void;
}

export function createConversationMemory(maxConversations: number): ConversationMemory {
  const entries = new LRUCache<string, RememberedConversation>({ max: maxConversations });
  return {
    get: (conversationId) => entries.get(conversationId),
    remember: (conversationId, reference, replies) => {
      const offered = replies.length > 0 ? replies.flatMap((r) => r.quickReplies ?? []) : (entries.get(conversationId)?.offered ?? []);
      entries.set(conversationId, { reference, offered });
    },
    clear: () => entries.clear(),
  };
}
