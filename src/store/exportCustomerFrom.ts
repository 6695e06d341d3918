// A privacy export read through a store's own lookups: the customer's profile, and the stored state
// and full transcript of each of their conversations.
import type { ConversationStore, CustomerExport } from './conversationStore';

export async function exportCustomerFrom(store: Pick<ConversationStore, 'customer' | 'loadState' | 'transcript'>, botId: string, key: string): Promise<CustomerExport | undefined> {
  const profile = await store.customer(botId, key);
  if (!profile) return undefined;
  const conversations = await Promise.all(profile.conversations.map(async ({ conversationId }) => ({
    conversationId,
    state: await store.loadState(botId, conversationId),
    transcript: await store.transcript(botId, conversationId),
  })));
  return { profile, conversations };
}
