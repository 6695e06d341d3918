// Compiles one slot, of a flow or of the conversation (the manifest's `slots`): its entity or
// choices, validator, texts, and whether it takes free text and which intents still get through.
import { checkTemplates } from './checkTemplates';
import { DEFAULT_DATE_DIRECTION } from '../nlu/entities/dateDirection';
import { BUILTIN_ENTITIES, type CompiledSlot, type EntityDefinition } from './compiledBot';
import { didYouMean } from './didYouMean';
import { humanise } from './humanise';
import type { Slot } from './formats.generated';
import type { LinkContext } from './linkContext';
import type { PathSegment } from './locate';
import { valueAt } from './localiseData';
import { oneLanguage } from './oneLanguage';
import { hasOwnEntry } from './ownEntry';
import { isMap } from './textSites';
import type { SourceFile } from './sourceFile';

export interface SlotScope {
  readonly source: SourceFile;
  /** Where the slot is declared: `['slots', name]` in a flow or in the manifest. */
  readonly path: readonly PathSegment[];
  /** Names its texts may insert. */
  readonly templateNames: ReadonlySet<string>;
  /** The flow's states, for `exhausted`; undefined for a conversation slot. */
  readonly states?: ReadonlySet<string>;
  readonly flow?: string;
  readonly scope: CompiledSlot['scope'];
}

/** What `invalid` texts may insert besides slots: the customer's rejected words. */
export const ANSWER_PLACEHOLDER = 'answer';

/** The builtins whose values are days, and so read "Friday" one way or another. */
const DATE_BUILTINS: ReadonlySet<string> = new Set(['date', 'datetime', 'date_range']);

/** Whether an entity holds dates: a date builtin, or a declared entity built on one. */
function holdsDates(entity: string | undefined, entities: Readonly<Record<string, EntityDefinition>>): boolean {
  if (entity === undefined) return false;
  if (!hasOwnEntry(entities, entity)) return DATE_BUILTINS.has(entity);
  const declared = entities[entity]!;
  return declared.kind === 'builtin' && DATE_BUILTINS.has(declared.builtin);
}

function reportDates(name: string, filledBy: string, where: SlotScope, ctx: LinkContext): void {
  ctx.reporter.report('BATON_SLOT_DATES', where.source, [...where.path, 'dates'], `Slot "${name}" says how to read dates, but ${filledBy} holds no dates.`, { part: 'key' });
}

export function linkSlot(name: string, slot: Slot, where: SlotScope, ctx: LinkContext): CompiledSlot {
  const { source, path: base } = where;
  const rep = ctx.reporter;
  if (slot.entity !== undefined && slot.choices !== undefined) {
    rep.report('BATON_SLOT_CONFLICT', source, [...base, 'choices'], `Slot "${name}" has both "entity" and "choices".`, { part: 'key' });
  }
  if (slot.freeText === true && (slot.entity !== undefined || slot.choices !== undefined)) {
    rep.report('BATON_SLOT_CONFLICT', source, [...base, 'freeText'], `Slot "${name}" takes free text but is also filled from ${slot.entity !== undefined ? 'an entity' : 'choices'}.`, { part: 'key' });
  }
  if (slot.entity !== undefined && !hasOwnEntry(ctx.entities, slot.entity) && !(BUILTIN_ENTITIES as readonly string[]).includes(slot.entity)) {
    const names = [...Object.keys(ctx.entities), ...BUILTIN_ENTITIES];
    rep.report('BATON_UNKNOWN_ENTITY', source, [...base, 'entity'], `"${slot.entity}" is not an entity.`, { hint: didYouMean(slot.entity, names, 'Declare it under `entities:` or use a built-in.') });
  }
  if (slot.validate !== undefined && !hasOwnEntry(ctx.code.validators, slot.validate)) {
    rep.report('BATON_UNKNOWN_VALIDATOR', source, [...base, 'validate'], `"${slot.validate}" is not a validator of the bot's code.`,
      { hint: didYouMean(slot.validate, Object.keys(ctx.code.validators), 'Register it with defineBotCode({ validators }).') });
  }
  if (slot.exhausted !== undefined && where.states === undefined) {
    rep.report('BATON_SLOT_SCOPE', source, [...base, 'exhausted'], `Conversation slot "${name}" belongs to no flow, so it has no state to go to.`, { part: 'key', hint: 'Set `exhausted` where a flow declares the slot again.' });
  } else if (slot.exhausted !== undefined && slot.exhausted !== 'end' && !where.states!.has(slot.exhausted)) {
    rep.report('BATON_UNKNOWN_STATE', source, [...base, 'exhausted'], `"${slot.exhausted}" is not a state of flow ${where.flow}.`, { hint: didYouMean(slot.exhausted, where.states!, 'Use a state of this flow, or `end`.') });
  }
  (slot.escapes ?? []).forEach((intent, i) => {
    if (!ctx.intents.has(intent)) rep.report('BATON_UNKNOWN_INTENT', source, [...base, 'escapes', i], `"${intent}" is not an intent.`, { hint: didYouMean(intent, ctx.intents, 'Use an intent that exists.') });
  });
  const datesApply = holdsDates(slot.entity, ctx.entities);
  // A flow's declaration of a conversation slot is checked against the manifest's (see redeclareConversationSlot).
  const redeclares = where.scope === 'flow' && hasOwnEntry(ctx.conversationSlots, name);
  if (slot.dates !== undefined && !datesApply && !redeclares) {
    reportDates(name, slot.entity !== undefined ? `its entity "${slot.entity}"` : slot.choices !== undefined ? 'a list of choices' : 'free text', where, ctx);
  }
  const choices = slot.choices === undefined ? undefined
    : Array.isArray(slot.choices) ? Object.fromEntries(slot.choices.map((c) => [c, [] as string[]]))
      : Object.fromEntries(Object.entries(slot.choices).map(([k, v]) => [k, oneLanguage<readonly string[]>(v) ?? []]));
  const choiceTitles = choiceTitlesOf(choices, source, [...base, 'choices']);
  const invalidNames = new Set([...where.templateNames, ANSWER_PLACEHOLDER]);
  const escapes = slot.escapes ?? [ctx.globals.human, ctx.globals.cancel].filter((g): g is string => g !== undefined);
  return {
    name,
    label: slot.label ?? humanise(name),
    entity: slot.entity,
    choices,
    ...(choiceTitles ? { choiceTitles } : {}),
    ask: checkTemplates(slot.ask, where.templateNames, source, [...base, 'ask'], rep),
    invalid: checkTemplates(slot.invalid, invalidNames, source, [...base, 'invalid'], rep),
    retries: slot.retries ?? 2,
    validate: slot.validate,
    exhausted: slot.exhausted,
    confirm: slot.confirm ?? false,
    ...(datesApply ? { dates: slot.dates ?? DEFAULT_DATE_DIRECTION } : {}),
    scope: where.scope,
    freeText: slot.freeText ?? (slot.entity === undefined && slot.choices === undefined),
    escapes,
  };
}

/** Titles for the buttons of values whose words the file gives by language (the source's data is as written): the first word of this language's. */
function choiceTitlesOf(choices: Readonly<Record<string, readonly string[]>> | undefined, source: SourceFile, path: readonly PathSegment[]): Record<string, string> | undefined {
  if (!choices) return undefined;
  const titles = Object.entries(choices).filter(([value, words]) => words.length > 0 && isMap(valueAt(source.data, [...path, value])));
  return titles.length > 0 ? Object.fromEntries(titles.map(([value, words]) => [value, words[0]!])) : undefined;
}

/**
 * A flow's own declaration of a conversation slot: it may ask in its own words, validate and go
 * elsewhere when retries run out, but the value (and what fills it) stays the conversation's.
 */
export function redeclareConversationSlot(own: CompiledSlot, shared: CompiledSlot, slot: Slot, where: SlotScope, ctx: LinkContext): CompiledSlot {
  const rep = ctx.reporter;
  const fills = (s: { entity?: string; choices?: unknown }): string => s.entity ?? (s.choices !== undefined ? 'choices' : 'free text');
  if ((slot.entity !== undefined && slot.entity !== shared.entity) || slot.choices !== undefined) {
    const field = slot.choices !== undefined ? 'choices' : 'entity';
    rep.report('BATON_SLOT_SCOPE', where.source, [...where.path, field], `"${own.name}" is a conversation slot filled by ${fills(shared)} in the manifest; a flow cannot fill it another way.`,
      { part: 'key', hint: `Remove \`${field}\` here, or give this flow's slot another name.` });
  }
  if (slot.dates !== undefined && shared.dates === undefined) reportDates(own.name, `conversation slot "${own.name}"`, where, ctx);
  return {
    ...shared,
    ...(shared.dates !== undefined ? { dates: slot.dates ?? shared.dates } : {}),
    label: slot.label ?? shared.label,
    ask: own.ask ?? shared.ask,
    invalid: own.invalid ?? shared.invalid,
    retries: slot.retries ?? shared.retries,
    validate: own.validate ?? shared.validate,
    exhausted: own.exhausted,
    confirm: slot.confirm ?? shared.confirm,
    escapes: slot.escapes ?? shared.escapes,
    scope: 'conversation',
  };
}
