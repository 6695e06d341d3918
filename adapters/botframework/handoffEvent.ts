// botbuilder's handoff initiation event for a handoff the runtime started: an `event` activity
// named `handoff.initiate` whose value is the handoff packet, with the conversation so far as a
// Bot Framework transcript attachment, so an external agent hub can take the conversation.
import { ActivityTypes, EventFactory, type Activity, type ChannelAccount, type TurnContext } from 'botbuilder';
import type { HandoffPacket } from '../../src/handoff/handoffPacket';

export function handoffEvent(context: TurnContext, packet: HandoffPacket): Partial<Activity> {
  const { from: customer, recipient: bot, conversation, channelId } = context.activity;
  const author = (from: HandoffPacket['transcript'][number]['from']): ChannelAccount => {
    if (from === 'customer') return { ...customer, role: 'user' };
    if (from === 'bot') return { ...(bot ?? { id: 'bot', name: 'Bot' }), role: 'bot' };
    return { id: from, name: from === 'agent' ? 'Agent' : 'System', role: from === 'agent' ? 'user' : 'bot' };
  };
  const activities = packet.transcript.map((entry, i) => ({
    type: ActivityTypes.Message,
    id: `${i + 1}`,
    channelId,
    conversation,
    timestamp: new Date(entry.at),
    from: author(entry.from),
    text: entry.text,
  }) as Partial<Activity> as Activity);
  return EventFactory.createHandoffInitiation(context, packet, { activities });
}
