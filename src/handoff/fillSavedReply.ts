// A saved reply as an agent inserts it: placeholders filled from the handoff packet (the slots the
// customer gave or the bot looked up, read as the bot writes them; who the customer is), the agent
// and the bot. A detail the conversation lacks stays visible as `[name]` and is listed in `missing`,
// so the agent fills it in before sending: a reply never reaches a customer with a silent gap.
import type { CompiledBot, CompiledSavedReply } from '../config/compiledBot';
import type { SavedReplyDetail } from '../config/savedReplyDetails';
import { phoneText } from '../engine/phoneText';
import { slotText } from '../engine/slotText';
import { renderTemplate } from '../engine/template';
import { textStyle } from '../engine/textStyle';
import type { Agent } from './agentDirectory';
import type { HandoffPacket } from './handoffPacket';
import { slotDefinition } from './slotDefinition';

export interface FilledReply {
  readonly id: string;
  readonly title: string;
  /** The text with every known placeholder filled and the others shown as `[name]`. */
  readonly text: string;
  /** Placeholders the conversation has no value for, in the order they appear. */
  readonly missing: readonly string[];
  readonly queues?: readonly string[];
}

/** The marker a placeholder without a value leaves in the text. */
export const missingMarker = (name: string): string => `[${name}]`;

const firstName = (name: string | undefined): string | undefined => name?.trim().split(/\s+/)[0] || undefined;

/** Fills `reply` for `agent`; without a packet (no conversation chosen), only the agent's and the bot's details. */
export function fillSavedReply(bot: CompiledBot, reply: CompiledSavedReply, agent: Agent, packet: HandoffPacket | undefined, now: Date): FilledReply {
  const style = textStyle(bot, now.toISOString());
  const customer = packet?.customer ?? {};
  const details: Record<SavedReplyDetail, string | undefined> = {
    'customer.name': customer.name,
    'customer.first_name': firstName(customer.name),
    'customer.email': customer.email,
    'customer.phone': customer.phone !== undefined ? phoneText(customer.phone, style) ?? customer.phone : undefined,
    'agent.name': agent.name,
    'agent.first_name': firstName(agent.name),
    'bot.name': bot.name,
  };
  const missing: string[] = [];
  const valueOf = (name: string): string => {
    const detail = Object.hasOwn(details, name) ? details[name as SavedReplyDetail] : undefined;
    const slot = packet && !name.includes('.') && Object.hasOwn(packet.slots.filled, name) ? packet.slots.filled[name] : undefined;
    const text = detail ?? (slot !== undefined && slot !== null ? slotText(bot, slotDefinition(bot, packet!.flow?.name, name), slot, style) : '');
    if (text.trim() !== '') return text;
    if (!missing.includes(name)) missing.push(name);
    return missingMarker(name);
  };
  return { id: reply.id, title: reply.title, text: renderTemplate(reply.text, valueOf), missing, ...(reply.queues ? { queues: reply.queues } : {}) };
}
