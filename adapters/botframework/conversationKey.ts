// The Baton conversation id of a Bot Framework conversation: stable for the same channel and
// conversation, safe in paths, logs and store keys (Teams ids carry ':', '@', ';' and can be long).
import { createHash } from 'node:crypto';

const PREFIX = 'bf-';

/** Whether a Baton conversation id is a Bot Framework channel's. */
export const isChannelConversation = (conversationId: string): boolean => conversationId.startsWith(PREFIX);

/** `bf-<channel>-<32 hex digits>`: the channel stays readable, the conversation id is hashed. */
export function conversationKey(channelId: string, conversationId: string): string {
  const channel = channelId.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 24) || 'channel';
  const digest = createHash('sha256').update(`${channelId}\u0000${conversationId}`).digest('hex').slice(0, 32);
  return `${PREFIX}${channel}-${digest}`;
}
