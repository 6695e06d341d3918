// Sends messages to a customer on whichever channel holds their conversation.
import type { Reply } from '../runtime/createRuntime';
import type { ChannelAdapter } from './serverContext';

export function deliverToCustomer(channels: readonly ChannelAdapter[]) {
  return async (conversationId: string, replies: readonly Reply[]): Promise<boolean> => {
    if (replies.length === 0) return true;
    for (const channel of channels) {
      if (channel.deliver && (await channel.deliver(conversationId, replies))) return true;
    }
    return false;
  };
}
