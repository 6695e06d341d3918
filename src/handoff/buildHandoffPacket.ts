// Builds the handoff packet from what the conversation holds: who, why, what was asked and given,
// what the bot tried, how the customer feels, and the whole transcript.
import type { CompiledBot, HandoffTarget } from '../config/compiledBot';
import { stackSlots, visibleSlots, type ConversationState, type FlowPosition } from '../engine/conversationState';
import type { SlotValue } from '../engine/slotValue';
import { derivedKey } from '../engine/derivedKey';
import { slotText } from '../engine/slotText';
import { renderTemplate } from '../engine/template';
import { textStyle, type TextStyle } from '../engine/textStyle';
import { humanise } from '../config/humanise';
import { conversationGoal, goalFlow, goalTitle, labelOf, summaryLine } from './conversationGoal';
import { ownEntry } from '../config/ownEntry';
import { contactSlot } from './contactSlots';
import { frustration } from './frustration';
import type { HandoffPacket } from './handoffPacket';
import { slotDefinition } from './slotDefinition';
import { languageCode } from '../language/languageOf';
import { languageName } from '../language/languageName';

const PRIORITY_BOOST = { low: 0, medium: 10, high: 20 } as const;

export interface PacketPlace {
  /** The flow and state the handoff serves. */
  readonly where?: FlowPosition;
  /** Where the author said the bot goes on after a hand-back (the handoff state's `next`). */
  readonly resume?: FlowPosition;
  /** Slots of another flow the packet carries too, e.g. the message an offline flow took for a ticket. */
  readonly extra?: Readonly<Record<string, SlotValue>>;
}

export function buildHandoffPacket(bot: CompiledBot, state: ConversationState, target: HandoffTarget, at: string, place: PacketPlace = {}): HandoffPacket {
  const { where, extra } = place;
  const slots = { ...stackSlots(state), ...visibleSlots(state, where?.flow), ...extra };
  const human = bot.globals.human;
  const feeling = frustration(state.history, human !== undefined && state.history.intents.some((i) => i.name === human));
  const base = target.priority ?? bot.handoff.queues[target.queue]?.priority ?? 50;
  // Only the flow the handoff serves is its goal: one that finished or was turned down before is not.
  const flow = where ? ownEntry(bot.flows, where.flow) : undefined;
  const missing = where && flow ? flow.collects.filter((name) => slots[name] === undefined) : [];
  const lookedUp = Object.keys(slots).filter((name) => isLookedUp(state, name, where?.flow));
  const goal = goalTitle(bot, state, flow);
  const text = (name: string): string | undefined => (typeof slots[name] === 'string' ? (slots[name] as string) : undefined);
  const texts = slotTexts(bot, where?.flow, slots, textStyle(bot, at));
  const labels = Object.fromEntries(Object.keys(slots).map((name) => [name, labelOf(bot, flow, name)]));
  const language = state.language ?? languageCode(bot.locale);
  // Said in the summary when it is not the bot's main language, so a notification shows it too.
  const main = bot.languages[0] ?? languageCode(bot.locale);
  const inLanguage = language !== main ? `, in ${languageName(language)}` : '';
  return {
    version: 1,
    conversationId: state.conversationId,
    botId: bot.id,
    customer: Object.fromEntries(Object.entries({
      id: state.customer?.userId, channel: state.customer?.channel, aadObjectId: state.customer?.aadObjectId, name: text('name') ?? state.customer?.name, email: contactSlot(bot, slots, 'email'), phone: contactSlot(bot, slots, 'phone'),
    }).filter(([, v]) => v !== undefined)),
    queue: target.queue,
    reason: target.reason,
    priority: Math.min(100, base + PRIORITY_BOOST[feeling.level]),
    language,
    goal,
    summary: target.summary ? renderTemplate(target.summary, (name) => texts[name]) : clip(`${summaryLine(bot, goal, flow, slots, lookedUp, texts)} (${humanise(target.reason).toLowerCase()}${inLanguage})`),
    intents: [...state.history.intents],
    slots: { filled: { ...slots }, text: texts, missing, labels, lookedUp },
    faqShown: [...state.history.faqShown],
    flow: where ? { name: where.flow, state: where.state } : null,
    handBackTo: handBackPlace(bot, where, place.resume),
    actions: state.history.actions.map((a) => ({ ...a })),
    frustration: feeling,
    transcript: state.transcript.map(({ attachments, ...t }) => ({ ...t, ...(attachments ? { attachments: attachments.map((a) => ({ ...a })) } : {}) })),
    earlierConversations: [],
    createdAt: at,
  };
}

/** Where a hand-back should go on: the author's `next`, else where the customer was (the flow's start if that was the handoff step itself). */
function handBackPlace(bot: CompiledBot, where: FlowPosition | undefined, resume: FlowPosition | undefined): { name: string; state: string } | null {
  const at = resume ?? where;
  if (!at) return null;
  const flow = bot.flows[at.flow];
  if (!flow) return null;
  const state = flow.states[at.state];
  return { name: at.flow, state: state && state.kind !== 'handoff' ? at.state : flow.start };
}

/** Whether an action looked the slot up, as a flow on the stack or the handoff's flow sees it. */
function isLookedUp(state: ConversationState, name: string, flow: string | undefined): boolean {
  const derived = state.derived ?? {};
  const owners = [undefined, flow, ...state.stack.map((f) => f.flow)];
  return owners.some((owner) => Object.hasOwn(derived, derivedKey(owner, name)));
}

function clip(line: string): string {
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

/** What a conversation was about: "Return an item: order number 12345, reason damaged", dates as of its last message. */
export function conversationSummary(bot: CompiledBot, state: ConversationState): string {
  const flow = goalFlow(bot, state);
  const slots = flow ? visibleSlots(state, flow.name) : stackSlots(state);
  const lookedUp = Object.keys(slots).filter((name) => isLookedUp(state, name, flow?.name));
  const at = state.transcript[state.transcript.length - 1]?.at ?? new Date(0).toISOString();
  return clip(summaryLine(bot, conversationGoal(bot, state), flow, slots, lookedUp, slotTexts(bot, flow?.name, slots, textStyle(bot, at))));
}

/** Each slot's value as the bot writes it to the customer ("Tuesday 8 December" for 2026-12-08). */
function slotTexts(bot: CompiledBot, flow: string | undefined, slots: Readonly<Record<string, SlotValue>>, style: TextStyle): Record<string, string> {
  return Object.fromEntries(Object.entries(slots).map(([name, value]) => [name, slotText(bot, slotDefinition(bot, flow, name), value, style)]));
}
