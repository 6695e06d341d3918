// Fills slots from what a message contains: the slot being asked for, any other slot of the active
// flow whose entity appears (so one message can answer several questions), and corrections.
import { botLanguage } from '../language/botLanguage';
import { foldAccents } from '../language/foldAccents';
import type { Language } from '../language/language';
import type { CompiledFlow, CompiledSlot } from '../config/compiledBot';
import type { EntityMatch } from '../nlu/entities/entitySpec';
import { readsAsCorrection } from './readsAsCorrection';
import type { SlotValue } from './slotValue';
import type { Turn } from './turn';
import type { Understanding } from './understanding';

/** Choice slots are matched as value-list entities named `flow.slot` (a conversation slot's: `conversation.slot`) by the NLU. */
export function choiceEntityName(flow: string, slot: string): string {
  return `${flow}.${slot}`;
}

/** The owner part of a conversation slot's choice entity: not a valid flow name, so it never collides with one. */
export const CONVERSATION_OWNER = '@conversation';

export function slotEntityName(flow: CompiledFlow | undefined, slot: CompiledSlot): string | undefined {
  if (slot.entity !== undefined) return slot.entity;
  if (!slot.choices) return undefined;
  return choiceEntityName(slot.scope === 'conversation' || !flow ? CONVERSATION_OWNER : flow.name, slot.name);
}

export type FillResult = 'filled' | 'invalid' | 'absent';

/** Tries to fill the slot the flow asked for from the message. */
export function fillAskedSlot(turn: Turn, slotName: string, text: string, understanding: Understanding, used: Set<EntityMatch>): FillResult {
  const def = turn.slotDef(slotName);
  if (!def) return 'absent';
  const entity = slotEntityName(turn.flow, def);
  if (entity === undefined) {
    const value = text.trim().slice(0, 1000);
    if (value === '') return 'absent';
    return accept(turn, def, value) ? 'filled' : 'invalid';
  }
  const matches = understanding.entities.filter((m) => m.entity === entity && !used.has(m) && !shadowed(turn, m, understanding.entities));
  if (matches.length === 0) return 'absent';
  for (const match of matches) {
    if (accept(turn, def, valueOf(match, def))) {
      used.add(match);
      return 'filled';
    }
  }
  return 'invalid';
}

export interface AbsorbOptions {
  /** The message asks for the flow again with its details ("track order 12346"): they replace what is held. */
  readonly restated?: boolean;
  /** The customer's words, to tell a correction ("no, make it inside") from an answer that happens to name a value. */
  readonly text?: string;
  /** The message answered the question asked; its other values then change filled slots only as a correction. */
  readonly answered?: boolean;
  /** Only words of the flow's own choice lists, not typed values (dates, emails, numbers). */
  readonly choicesOnly?: boolean;
  /** Say which value changed ("Got it: ..."); default true. */
  readonly announce?: boolean;
  readonly except?: string;
}

/**
 * Fills the active flow's other slots from the message's entities. Empty slots take a value
 * silently. A filled slot changes only by correction: the message restates the request, reads as a
 * correction, or (not answering the question asked) names a value of the slot's own kind (an order
 * number, a date; never a word of a choice list, which answers of other questions share).
 */
export function absorbEntities(turn: Turn, entities: readonly EntityMatch[], used: Set<EntityMatch>, options: AbsorbOptions): string[] {
  const flow = turn.flow;
  if (!flow) return [];
  const cue = options.text !== undefined && readsAsCorrection(options.text, botLanguage(turn.bot));
  const changed: string[] = [];
  const announced = new Set<string>();
  const candidates = claimable(flow, entities, used);
  const language = botLanguage(turn.bot);
  for (const def of Object.values(flow.slots)) {
    if (def.name === options.except || (options.choicesOnly === true && def.choices === undefined)) continue;
    const entity = slotEntityName(flow, def);
    if (entity === undefined) continue;
    const current = turn.slotValue(def.name);
    const mayCorrect = options.restated === true || cue || (options.answered !== true && def.choices === undefined);
    if (current !== undefined && !mayCorrect) continue;
    const match = candidates.find((m) => m.entity === entity && !used.has(m) && !overlapsAny(m, used) && !shadowed(turn, m, entities) && !bareYesNo(m, language) && valid(turn, def, valueOf(m, def)));
    if (!match) continue;
    const value = valueOf(match, def);
    used.add(match);
    if (current !== undefined && sameValue(current, value)) continue;
    turn.setSlot(def.name, value);
    if (current !== undefined) {
      turn.event('slot_corrected', { flow: flow.name, slot: def.name });
      // One word may correct two slots (a date and a period): say it once.
      if (options.announce !== false && !announced.has(match.raw)) turn.message('corrected', { values: { slot: def.name, value: match.raw } });
      announced.add(match.raw);
    }
    changed.push(def.name);
  }
  return changed;
}

/**
 * The matches that may fill this flow's slots: one piece of text fills one slot, so a match inside a
 * longer match of another of the flow's entities ("next week" in "any day next week") gives way to it.
 */
function claimable(flow: CompiledFlow, entities: readonly EntityMatch[], used: ReadonlySet<EntityMatch>): EntityMatch[] {
  const wanted = new Set(Object.values(flow.slots).map((def) => slotEntityName(flow, def)).filter((e): e is string => e !== undefined));
  const relevant = entities.filter((m) => wanted.has(m.entity) && !used.has(m));
  return relevant.filter((m) => !relevant.some((o) => o.entity !== m.entity && overlaps(o, m) && o.end - o.start > m.end - m.start));
}

function overlaps(a: EntityMatch, b: EntityMatch): boolean {
  return a.start < b.end && b.start < a.end;
}

function overlapsAny(match: EntityMatch, taken: ReadonlySet<EntityMatch>): boolean {
  for (const t of taken) if (overlaps(t, match)) return true;
  return false;
}

/** Whether a match is a word that answers a yes-or-no question in the bot's language: it fills only the slot the bot asked for, never another. */
function bareYesNo(match: EntityMatch, language: Language): boolean {
  return language.yesNoWords.has(foldAccents(match.raw.toLowerCase()).replace(/[^a-z]/g, ''));
}

/**
 * A word of a choice list inside a longer value another entity found ("no" in "no connection") is
 * part of that value, not an answer of its own.
 */
function shadowed(turn: Turn, match: EntityMatch, entities: readonly EntityMatch[]): boolean {
  if (!isValueList(turn, match.entity)) return false;
  return entities.some((other) => other !== match && other.entity !== match.entity && other.start <= match.start && other.end >= match.end && other.end - other.start > match.end - match.start);
}

function isValueList(turn: Turn, entity: string): boolean {
  return entity.includes('.') || turn.bot.entities[entity]?.kind === 'values';
}

function accept(turn: Turn, def: CompiledSlot, value: SlotValue): boolean {
  if (!valid(turn, def, value)) return false;
  turn.setSlot(def.name, value);
  return true;
}

function valid(turn: Turn, def: CompiledSlot, value: SlotValue): boolean {
  if (def.validate === undefined) return true;
  try {
    return turn.bot.code.validators[def.validate]?.(value, turn.slots) === true;
  } catch {
    return false;
  }
}

/** What a match gives a slot: a date that repeats ("Friday") read the way the slot's `dates` says. */
export function valueOf(match: EntityMatch, def: CompiledSlot): SlotValue {
  const direction = def.dates;
  if (direction === 'future' || direction === 'past') return (match.readings?.[direction] ?? match.value) as SlotValue;
  return match.value as SlotValue;
}

function sameValue(a: SlotValue, b: SlotValue): boolean {
  return typeof a === 'object' || typeof b === 'object' ? JSON.stringify(a) === JSON.stringify(b) : String(a).toLowerCase() === String(b).toLowerCase();
}
