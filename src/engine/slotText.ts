// How a slot's value reads in the bot's messages, by the entity that fills it: a day as
// "Friday 11 December", a phone number as "086 123 4567". The stored value stays as the entity gave
// it (ISO 8601, E.164): actions, webhooks, conditions and the handoff packet read that.
import { BUILTIN_ENTITIES, type BuiltinEntity, type CompiledBot, type CompiledSlot } from '../config/compiledBot';
import { ownEntry } from '../config/ownEntry';
import { dateTimeText, dayText } from './dateText';
import { phoneText } from './phoneText';
import { displayValue } from './template';
import type { TextStyle } from './textStyle';

/** The builtin behind a slot's entity: the builtin itself, or a declared entity built on one. */
function builtinOf(bot: CompiledBot, entity: string | undefined): BuiltinEntity | undefined {
  if (entity === undefined) return undefined;
  const declared = ownEntry(bot.entities, entity);
  if (declared) return declared.kind === 'builtin' ? declared.builtin : undefined;
  return (BUILTIN_ENTITIES as readonly string[]).includes(entity) ? (entity as BuiltinEntity) : undefined;
}

/**
 * A slot's value as it reads in `style`; a value its entity did not give (an action's) reads as it is.
 * A choice value whose words are given by language reads as its button does, the first word of the
 * bot's language ("nachmittags" for `afternoon`), not as the value flows compare.
 */
export function slotText(bot: CompiledBot, def: CompiledSlot | undefined, value: unknown, style: TextStyle): string {
  if (typeof value === 'string') {
    const title = def?.choiceTitles !== undefined ? ownEntry(def.choiceTitles, value) : undefined;
    if (title !== undefined) return title;
    const builtin = builtinOf(bot, def?.entity);
    const text = builtin === 'date' ? dayText(value, style) : builtin === 'datetime' ? dateTimeText(value, style) : builtin === 'phone' ? phoneText(value, style) : undefined;
    if (text !== undefined) return text;
  }
  return displayValue(value, style);
}
