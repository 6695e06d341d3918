// What the customer left on a ticket: the free-text answer of the bot's offline flow (the slot that
// takes the customer's whole words), read from the packet's slots.
import type { CompiledBot } from '../config/compiledBot';
import { hasOwnEntry } from '../config/ownEntry';
import type { HandoffRecord } from './handoffRecord';

export function ticketMessage(bot: CompiledBot, ticket: HandoffRecord): string | undefined {
  const filled = ticket.packet.slots.filled;
  const offline = bot.handoff.offline ? bot.flows[bot.handoff.offline] : undefined;
  // The slots the offline flow asks for, its own before the conversation's (a pet's or a customer's
  // name asked earlier is not their message), free text first.
  const asked = (offline?.collects ?? []).map((name) => offline!.slots[name]!).filter(Boolean);
  const ranked = [...asked.filter((s) => !hasOwnEntry(bot.slots, s.name)), ...asked.filter((s) => hasOwnEntry(bot.slots, s.name))];
  const freeText = [...ranked.filter((s) => s.freeText), ...ranked.filter((s) => !s.freeText && !s.entity && !s.choices)];
  for (const slot of freeText) {
    const value = filled[slot.name];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return typeof filled.message === 'string' ? filled.message : undefined;
}
