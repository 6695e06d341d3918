// Derives the analytics events of one finished turn from the runtime's TurnOutcome (onTurn), the
// engine's `event` effects and the state after the turn. Pure: the caller records what it returns.
import type { Effect } from '../engine/effects';
import type { ConversationState } from '../engine/conversationState';
import { maskPersonalData, type MaskOptions } from '../privacy/maskPersonalData';
import type { TurnOutcome } from '../runtime/createRuntime';
import type { AnalyticsEvent, TurnEvent } from './analyticsEvent';

export interface TurnEventOptions {
  /** When the turn happened. Default: the time of the turn's last transcript entry. */
  readonly at?: string;
  readonly mask?: MaskOptions;
}

type EngineEvent = Extract<Effect, { type: 'event' }>;

export function turnEvents(outcome: TurnOutcome, durationMs: number, options: TurnEventOptions = {}): AnalyticsEvent[] {
  const { state } = outcome;
  const base = {
    at: options.at ?? state.transcript[state.transcript.length - 1]?.at ?? new Date(0).toISOString(),
    botId: state.botId,
    conversationId: state.conversationId,
    channel: state.customer?.channel ?? 'unknown',
    ...(state.language !== undefined ? { language: state.language } : {}),
  };
  const engineEvents = outcome.effects.filter((e): e is EngineEvent => e.type === 'event');
  const named = (name: EngineEvent['name']): EngineEvent['data'] | undefined => engineEvents.find((e) => e.name === name)?.data;
  const events: AnalyticsEvent[] = [];
  if (outcome.understanding) events.push({ type: 'turn', ...base, ...turnDetails(outcome, named, options.mask), responseMs: Math.round(durationMs) });
  for (const { name, data } of engineEvents) {
    if (name === 'faq_feedback') events.push({ type: 'faqFeedback', ...base, faq: String(data.faq), helpful: data.helpful === true });
    if (name === 'handoff') events.push({ type: 'handoff', ...base, queue: String(data.queue), reason: String(data.reason), mode: data.mode === 'ticket' ? 'ticket' : 'queue' });
    if (name === 'satisfaction' && isScore(data.score)) events.push({ type: 'satisfaction', ...base, score: data.score });
    if (name === 'state_moved') events.push({ type: 'stateMoved', ...base, from: `${String(data.flow)}.${String(data.state)}`, to: String(data.to ?? '') });
  }
  if (outcome.effects.some((e) => e.type === 'end')) events.push({ type: 'conversationEnded', ...base, contained: !handedOver(outcome, state) });
  return events;
}

function turnDetails(outcome: TurnOutcome, named: (name: EngineEvent['name']) => EngineEvent['data'] | undefined, mask: MaskOptions | undefined): Omit<TurnEvent, 'type' | 'at' | 'botId' | 'conversationId' | 'channel' | 'responseMs'> {
  const decided = named('intent');
  const top = outcome.understanding?.intents[0];
  const intent = decided ? String(decided.intent) : top?.name;
  const confidence = decided ? Number(decided.confidence) : top?.confidence;
  const fallback = named('fallback');
  const frame = outcome.state.stack[outcome.state.stack.length - 1];
  const faq = named('faq_shown')?.faq;
  const reasked = named('slot_reasked')?.slot;
  return {
    ...(intent !== undefined ? { intent } : {}),
    ...(confidence !== undefined ? { confidence } : {}),
    understood: fallback === undefined,
    ...(frame ? { flow: frame.flow, state: frame.state } : {}),
    ...(faq !== undefined ? { faq: String(faq) } : {}),
    ...(reasked !== undefined && reasked !== '' ? { reasked: String(reasked) } : {}),
    ...(fallback ? { text: maskPersonalData(String(fallback.text), mask) } : {}),
  };
}

/** Whether the conversation went to a person as far as this turn can tell: now, or handed back earlier. */
function handedOver(outcome: TurnOutcome, state: ConversationState): boolean {
  return outcome.handoff !== undefined || state.handoff !== undefined || state.transcript.some((entry) => entry.from === 'system' || entry.from === 'agent');
}

function isScore(value: unknown): value is 1 | 2 | 3 | 4 | 5 {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}
