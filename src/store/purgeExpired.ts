// Retention: deletes a bot's conversations (state and transcript) idle for longer than the retention
// period, its handoffs closed longer ago than that, older analytics events, and the web chat
// conversations whose last activity is older (those the engine purged, and those it holds no state for),
// and attached files stored before then (bytes included).
import type { DirectLineStorage } from '../../adapters/directline/directLineStorage';
import type { AnalyticsStore } from '../analytics/analyticsStore';
import type { AttachmentStore } from './attachmentStore';
import type { ConversationStore } from './conversationStore';
import type { HandoffStore } from './handoffStore';

export interface PurgeResult {
  readonly before: string;
  readonly conversations: number;
  readonly handoffs: number;
  readonly analyticsEvents: number;
  readonly webChatConversations: number;
  readonly attachments: number;
}

export async function purgeExpired(stores: { readonly conversations: ConversationStore; readonly handoffs: HandoffStore; readonly analytics: AnalyticsStore; readonly directLine: DirectLineStorage; readonly attachments: AttachmentStore }, botId: string, days: number, now: Date): Promise<PurgeResult> {
  if (!Number.isInteger(days) || days < 1) throw new Error('The retention period must be a whole number of days, at least 1.');
  const before = new Date(now.getTime() - days * 24 * 3600_000);
  const conversations = await stores.conversations.purge(botId, before);
  const handoffs = await stores.handoffs.purgeClosed(botId, before);
  const analyticsEvents = await stores.analytics.purge(botId, before);
  const webChatConversations = await stores.directLine.activityLog().purge(before);
  const attachments = await stores.attachments.purge(botId, before);
  return { before: before.toISOString(), conversations, handoffs, analyticsEvents, webChatConversations, attachments };
}
