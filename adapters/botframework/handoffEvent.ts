// The Bot Framework handoff initiation event for a handoff the runtime started, as botbuilder's
// EventFactory.createHandoffInitiation builds it (plain JSON, so either SDK sends it): an `event`
// activity named `handoff.initiate` whose value is the handoff packet, with the conversation so far
// as a Bot Framework transcript attachment, so an external agent hub can take the conversation.
import { randomUUID } from 'node:crypto';
import type { Activity, ChannelAccount } from 'botbuilder';
import type { HandoffPacket } from '../../src/handoff/handoffPacket';
import { conversationReferenceOf } from './conversationReference';

export function handoffEvent(activity: Activity, packet: HandoffPacket): Partial<Activity> {
  const { from: customer, recipient: bot, conversation, channelId } = activity;
  const author = (from: HandoffPacket['transcript'][number]['from']): ChannelAccount => {
    if (from === 'customer') return { ...customer, role: 'user' };
    if (from === 'bot') return { ...(bot ?? { id: 'bot', name: 'Bot' }), role: 'bot' };
    return { id: from, name: from === 'agent' ? 'Agent' : 'System', role: from === 'agent' ? 'user' : 'bot' };
  };
  const activities = packet.transcript.map((entry, i) => ({
    type: 'message',
    id: `${i + 1}`,
    channelId,
    conversation,
    timestamp: new Date(entry.at),
    from: author(entry.from),
    text: entry.text,
  }));
  return {
    type: 'event',
    name: 'handoff.initiate',
    value: packet,
    id: randomUUID(),
    timestamp: new Date(),
    localTimezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    conversation,
    from: customer,
    relatesTo: conversationReferenceOf(activity) as Activity['relatesTo'],
    ...(activity.id !== undefined ? { replyToId: activity.id } : {}),
    serviceUrl: activity.serviceUrl,
    channelId,
    attachments: [{ name: 'Transcript', contentType: 'application/json', content: { activities } }],
    entities: [],
  };
}
