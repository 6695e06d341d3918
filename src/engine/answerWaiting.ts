// Answers to what the active flow asked: a slot's question, a choice, or a confirmation. Returns
// false when the message is something else (an FAQ, another intent), to be handled as an interruption.
import { botLanguage } from '../language/botLanguage';
import type { CompiledChoice } from '../config/compiledBot';
import type { EntityMatch } from '../nlu/entities/entitySpec';
import { askSlot, execute, goTo, reask, yesNo } from './advance';
import { isNo, isYes, offerHuman } from './answerPrompt';
import type { Decision } from './decideIntent';
import { normaliseChoice } from './normaliseChoice';
import { readsAsCorrection } from './readsAsCorrection';
import { saysMoreThanValue } from './saysMoreThanValue';
import { absorbEntities, fillAskedSlot, slotEntityName } from './slotFilling';
import type { Turn } from './turn';
import { NOTHING_UNDERSTOOD, type Understanding } from './understanding';

/**
 * How sure the classifier must be that a message is another request for it to take over from an answer:
 * a plain-text answer, or a value of the kind asked for ("I can't make my spin class tomorrow" when
 * asked for a day). Below it the message answers the question.
 */
export const INTERRUPT_ANSWER = 0.8;

export function answerWaiting(turn: Turn, text: string, payload: string | undefined, u: Understanding, decision: Decision): boolean {
  const frame = turn.frame!;
  const waiting = frame.waiting!;
  const used = new Set<EntityMatch>();
  if (waiting.kind === 'action') {
    return false; // an action never outlives a step; the runtime reports a lost call as an error result
  }
  if (waiting.kind === 'confirmSlot') {
    if (isYes(turn, payload, decision)) {
      turn.setFrame({ ...frame, waiting: undefined, attempts: 0 });
      execute(turn, false);
      return true;
    }
    if (isNo(turn, payload, decision)) {
      turn.clearSlot(waiting.slot);
      turn.setFrame({ ...frame, waiting: { kind: 'slot', slot: waiting.slot } });
      askSlot(turn, waiting.slot, 1);
      return true;
    }
    turn.setFrame({ ...frame, waiting: { kind: 'slot', slot: waiting.slot } });
  }
  if (waiting.kind === 'slot' || waiting.kind === 'confirmSlot') {
    const slot = waiting.slot;
    const def = turn.slotDef(slot)!;
    const fromButton = /^slot:([a-z][a-z0-9_]*):(.+)$/.exec(payload ?? '');
    if (fromButton && fromButton[1] === slot && def.choices?.[fromButton[2]!] !== undefined) {
      turn.setSlot(slot, fromButton[2]!);
      return filled(turn, slot);
    }
    // An escape (a person, cancel) gets through a free-text question, to be handled as a request.
    if (def.freeText && decision.kind === 'confident' && def.escapes.includes(decision.intent)) return false;
    const plainText = def.entity === undefined && def.choices === undefined;
    if (plainText && !def.freeText && decision.kind === 'confident' && decision.confidence >= INTERRUPT_ANSWER && interrupts(turn, decision.intent)) return false;
    // A value of the kind asked for in a message confidently asking for another flow: that flow's
    // request goes through the interrupt policy first; declined, the value answers (see answerWithValue).
    if (valueInAnotherRequest(turn, text, u, decision)) return false;
    const result = fillAskedSlot(turn, slot, text, u, used);
    if (result === 'filled') {
      // A free-text answer is the customer's words: nothing else is read out of it.
      if (!def.freeText) absorbEntities(turn, u.entities, used, { text, answered: true, except: slot });
      return filled(turn, slot);
    }
    if (result === 'invalid') return invalid(turn, text);
    if (absorbedElsewhere(turn, text, u, used, decision)) {
      reask(turn);
      return true;
    }
    if (decision.kind !== 'unsure') return false;
    return invalid(turn, text);
  }
  // waiting for a choice of an `ask` state
  const state = turn.current;
  if (state?.kind !== 'ask') return false;
  const byButton = /^choice:(\d+)$/.exec(payload ?? '');
  const index = byButton ? Number(byButton[1]) : chosen(state.choices, text, decision);
  const choice = state.choices[index];
  if (choice) {
    for (const [slot, value] of Object.entries(choice.set)) turn.setSlot(slot, value);
    // "Any day next week": the choice, and the period it names for the questions that follow.
    if (!byButton) absorbEntities(turn, u.entities, used, { text, answered: true });
    goTo(turn, choice.next);
    return true;
  }
  if (absorbedElsewhere(turn, text, u, used, decision)) {
    reask(turn);
    return true;
  }
  if (decision.kind !== 'unsure') return false;
  return invalid(turn, text);
}

/**
 * The choice a typed answer picks: one whose title or synonym it is, or whose intent it means; else
 * the one choice whose title or synonym it contains as whole words ("any day next week" picks "any day").
 */
function chosen(choices: readonly CompiledChoice[], text: string, decision: Decision): number {
  const wanted = normaliseChoice(text);
  const words = (c: CompiledChoice): string[] => [c.title, ...c.synonyms].map(normaliseChoice).filter((t) => t !== '');
  const exact = choices.findIndex((c) => words(c).includes(wanted) || (c.intent !== undefined && decision.kind === 'confident' && decision.intent === c.intent));
  if (exact >= 0) return exact;
  const padded = ` ${wanted} `;
  const containing = choices.flatMap((c, i) => (words(c).some((t) => padded.includes(` ${t} `)) ? [i] : []));
  return containing.length === 1 ? containing[0]! : -1;
}

/**
 * A message that does not answer the question may still give the flow other details, or correct one
 * ("sorry, it's #12346"). Another request ("why has my bill gone up this month?") is left to be handled
 * as one: its dates, postcodes and emails are not answers here. Words of this flow's own choice lists
 * are ("it arrived broken" in a return gives its reason, though alone it would start another flow).
 */
function absorbedElsewhere(turn: Turn, text: string, u: Understanding, used: Set<EntityMatch>, decision: Decision): boolean {
  if (readsAsCorrection(text, botLanguage(turn.bot)) && absorbEntities(turn, u.entities, used, { text }).length > 0) return true;
  if (asksForSomethingElse(turn, decision)) return absorbEntities(turn, u.entities, used, { text, choicesOnly: true }).length > 0;
  return absorbEntities(turn, u.entities, used, { text }).length > 0;
}

/** A confident intent other than the active flow's own: an FAQ, another flow's trigger, or a global. */
function asksForSomethingElse(turn: Turn, decision: Decision): boolean {
  if (decision.kind !== 'confident') return false;
  const intent = decision.intent;
  const flow = turn.bot.triggers[intent];
  if (flow !== undefined) return flow !== turn.frame?.flow;
  const g = turn.bot.globals;
  return turn.bot.faq[intent] !== undefined || [g.cancel, g.restart, g.help, g.human, g.goodbye].includes(intent);
}

/** Whether the active flow waits for a free-text answer that this message gives: the customer's words, whatever they sound like, unless an escape intent. */
export function takesFreeText(turn: Turn, text: string, payload: string | undefined, decision: Decision): boolean {
  const waiting = turn.frame?.waiting;
  if (waiting?.kind !== 'slot' || payload !== undefined || text.trim() === '') return false;
  const def = turn.slotDef(waiting.slot);
  if (!def?.freeText) return false;
  return !(decision.kind === 'confident' && def.escapes.includes(decision.intent));
}

/** The message holds a value of the entity the pending slot question asks for (a date, an email, an order number). */
export function holdsAskedValue(turn: Turn, u: Understanding): boolean {
  return askedValues(turn, u).length > 0;
}

function askedValues(turn: Turn, u: Understanding): EntityMatch[] {
  const waiting = turn.frame?.waiting;
  if (waiting?.kind !== 'slot') return [];
  const def = turn.slotDef(waiting.slot);
  const entity = def ? slotEntityName(turn.flow, def) : undefined;
  return entity !== undefined && def?.choices === undefined ? u.entities.filter((m) => m.entity === entity) : [];
}

/**
 * A value of the kind asked for inside a request for another flow: "I can't make my spin class
 * tomorrow" when asked for a day. It goes through the interrupt policy, not straight into the slot.
 * "order 12346" when asked "Which order is it?" says nothing beyond the value, whatever the classifier
 * makes of the word "order", and answers.
 */
export function valueInAnotherRequest(turn: Turn, text: string, u: Understanding, decision: Decision): boolean {
  const values = askedValues(turn, u);
  const waiting = turn.frame?.waiting;
  const def = waiting?.kind === 'slot' ? turn.slotDef(waiting.slot) : undefined;
  return def !== undefined && values.length > 0 && startsAnotherFlow(turn, decision) && saysMoreThanValue(text, def, values, botLanguage(turn.bot));
}

/**
 * Whether the message confidently asks for a flow other than the active one. Globals (a greeting,
 * thanks, even when a flow answers them), FAQs, weak guesses and the active flow's own trigger do
 * not: "tomorrow please" and "hi, tomorrow" answer.
 */
function startsAnotherFlow(turn: Turn, decision: Decision): boolean {
  if (decision.kind !== 'confident' || decision.confidence < INTERRUPT_ANSWER) return false;
  if (Object.values(turn.bot.globals).includes(decision.intent)) return false;
  const flow = turn.bot.triggers[decision.intent];
  return flow !== undefined && flow !== turn.frame?.flow;
}

/**
 * After a request for another flow was declined (or the flow is never interrupted): a value of the
 * kind the pending question asks for, found in that message, answers it. False when there is none
 * that fits; the question is then still pending.
 */
export function answerWithValue(turn: Turn, entities: readonly EntityMatch[]): boolean {
  const waiting = turn.frame?.waiting;
  if (waiting?.kind !== 'slot') return false;
  const def = turn.slotDef(waiting.slot);
  if (!def || def.choices !== undefined || def.entity === undefined) return false;
  const used = new Set<EntityMatch>();
  if (fillAskedSlot(turn, waiting.slot, '', { ...NOTHING_UNDERSTOOD, entities }, used) !== 'filled') return false;
  return filled(turn, waiting.slot);
}

/** Whether a confident intent takes over from a plain-text question; the flow's own trigger does not. */
function interrupts(turn: Turn, intent: string): boolean {
  const g = turn.bot.globals;
  const flow = turn.bot.triggers[intent];
  const startsOther = flow !== undefined && !turn.state.stack.some((f) => f.flow === flow);
  return turn.bot.faq[intent] !== undefined || startsOther || [g.cancel, g.restart, g.help, g.human].includes(intent);
}

function filled(turn: Turn, slot: string): boolean {
  const frame = turn.frame!;
  const def = turn.slotDef(slot);
  if (def?.confirm) {
    turn.setFrame({ ...frame, waiting: { kind: 'confirmSlot', slot }, attempts: 0 });
    turn.message('confirmSlot', { values: { slot, value: turn.slotText(slot) }, quickReplies: yesNo(turn) });
    return true;
  }
  turn.setFrame({ ...frame, waiting: undefined, attempts: 0 });
  execute(turn, false);
  return true;
}

/** How much of a rejected answer `{{answer}}` quotes. */
const QUOTE_LIMIT = 80;

/**
 * An answer that does not fit: say so and ask again, or after the retries go where the author said.
 * The slot's `invalid` text may quote the customer's words as `{{answer}}`.
 */
export function invalid(turn: Turn, answer = ''): boolean {
  const frame = turn.frame!;
  const waiting = frame.waiting;
  const def = waiting?.kind === 'slot' || waiting?.kind === 'confirmSlot' ? turn.slotDef(waiting.slot) : undefined;
  const retries = def?.retries ?? 2;
  const attempts = frame.attempts + 1;
  turn.history.reasked += 1;
  turn.event('slot_reasked', { flow: frame.flow, state: frame.state, slot: def?.name ?? '', attempt: attempts });
  turn.setFrame({ ...frame, attempts });
  // Why this answer does not fit, also on the last try, before the person or the author's `exhausted` state.
  if (def?.invalid) turn.say(def.invalid, `${frame.flow}.slot.${def.name}.invalid`, { attempt: attempts - 1, values: { answer: quote(answer) } });
  if (attempts > retries) {
    if (def?.exhausted) {
      turn.setFrame({ ...frame, waiting: undefined, attempts: 0 });
      goTo(turn, def.exhausted);
    } else {
      offerHuman(turn, 'retries_exhausted');
    }
    return true;
  }
  if (!def?.invalid) turn.message('fallback');
  reask(turn);
  return true;
}

function quote(answer: string): string {
  const flat = answer.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_LIMIT ? `${flat.slice(0, QUOTE_LIMIT - 1)}…` : flat;
}
