// Delivers replies (an agent's messages, typing, the bot's later words) to a Bot Framework
// conversation the channel served, as proactive messages, whichever SDK sends them: false when the
// channel holds no reference to the conversation; rejects when the channel refuses them.
import type { Activity, ConversationReference } from 'botbuilder';
import type { Reply } from '../../src/runtime/createRuntime';
import type { ConversationMemory } from './conversationMemory';
import { renderReplies, type FileLink } from './renderReplies';

/** Sends activities to the referenced conversation with the app's credentials; rejects when they are not taken. */
export type SendProactively = (reference: Partial<ConversationReference>, activities: Partial<Activity>[]) => Promise<void>;

/** `link`: where the channel fetches the replies' files. */
export async function deliverProactively(memory: ConversationMemory, conversationId: string, replies: readonly Reply[], send: SendProactively, link?: FileLink): Promise<boolean> {
  const known = memory.get(conversationId);
  if (!known) return false;
  if (replies.length === 0) return true;
  const target = { channelId: known.reference.channelId ?? '', conversationType: known.reference.conversation?.conversationType };
  await send(known.reference, renderReplies(replies, target, link));
  const messages = replies.filter((r) => !r.typing);
  if (messages.length > 0) memory.remember(conversationId, known.reference, messages);
  return true;
}
