// What a customer came for, in the bot author's words, and the details they gave: the title and the
// summary line of a handoff and of an earlier conversation. Taken from the flows that ran, never from
// a guess at the last message.
import type { CompiledBot, CompiledFlow } from '../config/compiledBot';
import { humanise } from '../config/humanise';
import { ownEntry } from '../config/ownEntry';
import type { ConversationState } from '../engine/conversationState';
import type { SlotValue } from '../engine/slotValue';
import { displayValue } from '../engine/template';
import { labelInSentence } from './labelInSentence';

/** How many details a summary line names. */
const DETAILS = 6;

/** The flow's goal: the title its author gave its first trigger intent, else the flow's own title. */
export function flowGoal(bot: Pick<CompiledBot, 'globals' | 'intents'>, flow: CompiledFlow): string {
  const human = bot.globals.human;
  for (const intent of flow.triggers) {
    const compiled = intent === human ? undefined : ownEntry(bot.intents, intent);
    if (compiled && compiled.title !== humanise(intent)) return compiled.title;
  }
  return flow.title.charAt(0).toUpperCase() + flow.title.slice(1);
}

/** A flow that only finds a person (one the human global starts): it serves whatever the customer was doing. */
export function findsAPerson(bot: CompiledBot, flow: string): boolean {
  const human = bot.globals.human;
  return human !== undefined && (ownEntry(bot.flows, flow)?.triggers.includes(human) ?? false);
}

/** The flow a conversation is about: `flow` when given, else the last that ran and served the customer. */
export function goalFlow(bot: CompiledBot, state: Pick<ConversationState, 'history'>, flow?: string): CompiledFlow | undefined {
  const given = flow !== undefined ? ownEntry(bot.flows, flow) : undefined;
  if (given) return given;
  const served = [...state.history.flows].reverse().find((name) => name !== bot.start && name !== bot.handoff.offline && !findsAPerson(bot, name) && ownEntry(bot.flows, name));
  return served !== undefined ? bot.flows[served] : undefined;
}

/** "Return an item", or the last FAQ answered, or what the customer asked for. */
export function conversationGoal(bot: CompiledBot, state: Pick<ConversationState, 'history'>, flow?: string): string {
  return goalTitle(bot, state, goalFlow(bot, state, flow));
}

/** The title of the goal when `served` is the flow it is about (none: the last FAQ answered, or what the customer asked for). */
export function goalTitle(bot: CompiledBot, state: Pick<ConversationState, 'history'>, served: CompiledFlow | undefined): string {
  if (served) return flowGoal(bot, served);
  const faq = state.history.faqShown[state.history.faqShown.length - 1];
  const answered = faq !== undefined ? ownEntry(bot.faq, faq) : undefined;
  if (answered) return answered.title;
  const human = bot.globals.human;
  return human !== undefined && state.history.intents.some((i) => i.name === human) ? 'Asked for a person' : 'A question for the team';
}

/**
 * "Return an item: order number 12346, reason damaged": the goal and the details the customer gave, by
 * their labels, each as the bot writes it (`texts`: "Tuesday 8 December", not 2026-12-08).
 */
export function summaryLine(bot: CompiledBot, goal: string, flow: CompiledFlow | undefined, slots: Readonly<Record<string, SlotValue>>, lookedUp: readonly string[], texts: Readonly<Record<string, string>>): string {
  const order = [...new Set([...(flow?.collects ?? []), ...Object.keys(slots)])];
  const details = order
    .filter((name) => slots[name] !== undefined && !lookedUp.includes(name))
    .slice(0, DETAILS)
    .map((name) => `${labelInSentence(labelOf(bot, flow, name), bot.languages[0] ?? bot.locale)} ${texts[name] ?? displayValue(slots[name])}`);
  return details.length > 0 ? `${goal}: ${details.join(', ')}` : goal;
}

export function labelOf(bot: CompiledBot, flow: CompiledFlow | undefined, name: string): string {
  return (flow ? ownEntry(flow.slots, name) : undefined)?.label ?? ownEntry(bot.slots, name)?.label ?? humanise(name);
}
