// The customer's email address and phone number among a conversation's slots: a slot named `email`
// or `phone`, else the first filled slot read by the built-in email or phone entity, whatever the
// author named it (`owner_phone`, `contact_email`), so a ticket shows how to reach the customer.
import { BUILTIN_ENTITIES, type BuiltinEntity, type CompiledBot, type CompiledSlot } from '../config/compiledBot';
import { hasOwnEntry, ownEntry } from '../config/ownEntry';
import type { SlotValue } from '../engine/slotValue';

type ContactKind = 'email' | 'phone';

function builtinOf(bot: CompiledBot, slot: CompiledSlot | undefined): BuiltinEntity | undefined {
  const entity = slot?.entity;
  if (entity === undefined) return undefined;
  const declared = ownEntry(bot.entities, entity);
  if (declared) return declared.kind === 'builtin' ? declared.builtin : undefined;
  return (BUILTIN_ENTITIES as readonly string[]).includes(entity) ? (entity as BuiltinEntity) : undefined;
}

function definitionOf(bot: CompiledBot, name: string): CompiledSlot | undefined {
  if (hasOwnEntry(bot.slots, name)) return bot.slots[name];
  for (const flow of Object.values(bot.flows)) if (hasOwnEntry(flow.slots, name)) return flow.slots[name];
  return undefined;
}

/** The value of the slot that holds the customer's `kind` of contact, if one is filled. */
export function contactSlot(bot: CompiledBot, slots: Readonly<Record<string, SlotValue>>, kind: ContactKind): string | undefined {
  const named = slots[kind];
  if (typeof named === 'string') return named;
  for (const [name, value] of Object.entries(slots)) {
    if (typeof value === 'string' && builtinOf(bot, definitionOf(bot, name)) === kind) return value;
  }
  return undefined;
}
