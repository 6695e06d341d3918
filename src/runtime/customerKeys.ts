// The keys that identify a customer across channels and conversations, read from a conversation:
// `aad:<object id>` for a Teams user, `web:<user id>` for a user id the embedding site vouched for,
// `email:<address>` for an email address given in a slot whose entity is email.
import type { CompiledBot } from '../config/compiledBot';
import { allSlotValues, type ConversationState } from '../engine/conversationState';

const emailSlotsOf = new WeakMap<CompiledBot, ReadonlySet<string>>();

function emailSlots(bot: CompiledBot): ReadonlySet<string> {
  let names = emailSlotsOf.get(bot);
  if (!names) {
    const slots = [...Object.values(bot.slots), ...Object.values(bot.flows).flatMap((flow) => Object.values(flow.slots))];
    names = new Set(slots.filter((slot) => slot.entity === 'email').map((slot) => slot.name));
    emailSlotsOf.set(bot, names);
  }
  return names;
}

export function customerKeys(bot: CompiledBot, state: ConversationState): string[] {
  const keys: string[] = [];
  const customer = state.customer;
  if (customer?.aadObjectId) keys.push(`aad:${customer.aadObjectId}`);
  if (customer?.verified && customer.userId) keys.push(`web:${customer.userId}`);
  const values = allSlotValues(state);
  for (const name of emailSlots(bot)) {
    const value = values[name];
    if (typeof value === 'string' && /^[^\s@]+@[^\s@]+$/.test(value)) keys.push(`email:${value.toLowerCase()}`);
  }
  return keys;
}
