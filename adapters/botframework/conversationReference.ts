// The conversation reference of an activity, as plain JSON: what either Bot Framework SDK needs to
// send a proactive message (an agent's reply) to the conversation later, and what an event about
// the conversation relates to. The same fields botbuilder's TurnContext.getConversationReference reads.
import type { Activity, ConversationReference } from 'botbuilder';

export function conversationReferenceOf(activity: Activity): Partial<ConversationReference> {
  return {
    ...(activity.id !== undefined ? { activityId: activity.id } : {}),
    user: { ...activity.from },
    ...(activity.recipient ? { bot: { ...activity.recipient } } : {}),
    conversation: { ...activity.conversation },
    channelId: activity.channelId,
    ...(typeof activity.locale === 'string' ? { locale: activity.locale } : {}),
    serviceUrl: activity.serviceUrl,
  };
}
