// A handoff as it leaves Baton in webhooks: the customer's words (transcript, messages, summaries)
// and string slot values masked. Agents in the console see the real data.
import type { HandoffRecord } from '../handoff/handoffRecord';
import type { MaskOptions } from './maskPersonalData';
import { maskStrings } from './maskStrings';

export function maskHandoffForExport(handoff: HandoffRecord, options: MaskOptions = {}): HandoffRecord {
  const { summary, slots, transcript, earlierConversations } = handoff.packet;
  return {
    ...handoff,
    packet: { ...handoff.packet, ...maskStrings({ summary, slots, transcript, earlierConversations }, options) },
    messages: maskStrings(handoff.messages, options),
  };
}
