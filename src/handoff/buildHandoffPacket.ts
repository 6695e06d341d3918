// Builds the handoff packet from what the conversation holds: who, why, what was asked and given,
// what the bot tried, how the customer feels, and the whole transcript.
import type { CompiledBot, HandoffTarget } from '../config/compiledBot';
import { stackSlots, visibleSlots, type ConversationState, type FlowPosition } from '../engine/conversationState';
import type { SlotValue } from '../engine/slotValue';
import { renderTemplate } from '../engine/template';
import { frustration } from './frustration';
import type { HandoffPacket } from './handoffPacket';

const PRIORITY_BOOST = { low: 0, medium: 10, high: 20 } as const;

/** `extra`: slots of another flow the packet carries too, e.g. the message an offline flow took for a ticket. */
export function buildHandoffPacket(bot: CompiledBot, state: ConversationState, target: HandoffTarget, at: string, where?: FlowPosition, extra?: Readonly<Record<string, SlotValue>>): HandoffPacket {
  const slots = { ...stackSlots(state), ...visibleSlots(state, where?.flow), ...extra };
  const human = bot.globals.human;
  const feeling = frustration(state.history, human !== undefined && state.history.intents.some((i) => i.name === human));
  const base = target.priority ?? bot.handoff.queues[target.queue]?.priority ?? 50;
  const flow = where ? bot.flows[where.flow] : undefined;
  const collected = flow ? [...new Set(Object.values(flow.states).flatMap((s) => (s.kind === 'collect' ? s.collect : [])))] : [];
  const missing = collected.filter((name) => slots[name] === undefined);
  const text = (name: string): string | undefined => (typeof slots[name] === 'string' ? (slots[name] as string) : undefined);
  return {
    version: 1,
    conversationId: state.conversationId,
    botId: bot.id,
    customer: Object.fromEntries(Object.entries({
      id: state.customer?.userId, channel: state.customer?.channel, aadObjectId: state.customer?.aadObjectId, name: text('name') ?? state.customer?.name, email: text('email'), phone: text('phone'),
    }).filter(([, v]) => v !== undefined)),
    queue: target.queue,
    reason: target.reason,
    priority: Math.min(100, base + PRIORITY_BOOST[feeling.level]),
    summary: target.summary ? renderTemplate(target.summary, slots) : autoSummary(bot, state, target),
    intents: [...state.history.intents],
    slots: { filled: { ...slots }, missing },
    faqShown: [...state.history.faqShown],
    flow: where ? { name: where.flow, state: where.state } : null,
    actions: state.history.actions.map((a) => ({ ...a })),
    frustration: feeling,
    transcript: state.transcript.map((t) => ({ ...t })),
    earlierConversations: [],
    createdAt: at,
  };
}

/** "Return an item: order_id 12345, reason damaged (return_outside_window)". */
function autoSummary(bot: CompiledBot, state: ConversationState, target: HandoffTarget): string {
  const line = `${conversationSummary(bot, state)} (${target.reason})`;
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

/** What a conversation was about: "Return an item: order_id 12345, reason damaged". */
export function conversationSummary(bot: CompiledBot, state: ConversationState): string {
  const about = (name: string) => (name === bot.globals.human || name === bot.globals.affirm || name === bot.globals.deny ? undefined : bot.intents[name] ?? bot.faq[name]);
  const last = [...state.history.intents].reverse().find((i) => about(i.name));
  const wants = last ? about(last.name)!.title : 'Asked for help';
  const given = Object.entries(stackSlots(state)).slice(0, 6).map(([k, v]) => `${k} ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`);
  return `${wants}${given.length > 0 ? `: ${given.join(', ')}` : ''}`;
}
