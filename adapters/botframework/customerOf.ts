// Who wrote an activity, as the runtime records it on the conversation: the channel, the sender's
// channel id, their display name and, in Teams, their Microsoft Entra object id.
import type { Activity } from 'botbuilder';
import type { CustomerIdentity } from '../../src/engine/conversationState';

export function customerOf(activity: Activity): CustomerIdentity {
  const from = activity.from;
  return {
    channel: activity.channelId,
    userId: from.id,
    ...(typeof from.name === 'string' && from.name.trim() !== '' ? { name: from.name.trim() } : {}),
    ...(typeof from.aadObjectId === 'string' && from.aadObjectId !== '' ? { aadObjectId: from.aadObjectId } : {}),
  };
}
