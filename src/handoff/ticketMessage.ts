// What the customer left on a ticket: the free-text answer of the bot's offline flow (the slot that
// takes the customer's whole words), read from the packet's slots.
import type { CompiledBot } from '../config/compiledBot';
import type { HandoffRecord } from './handoffRecord';

export function ticketMessage(bot: CompiledBot, ticket: HandoffRecord): string | undefined {
  const filled = ticket.packet.slots.filled;
  const offline = bot.handoff.offline ? bot.flows[bot.handoff.offline] : undefined;
  const slots = offline ? Object.values(offline.slots) : [];
  const freeText = [...slots.filter((s) => s.freeText), ...slots.filter((s) => !s.freeText && !s.entity && !s.choices)];
  for (const slot of freeText) {
    const value = filled[slot.name];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return typeof filled.message === 'string' ? filled.message : undefined;
}
