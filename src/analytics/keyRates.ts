// The key rates of a set of conversations: how many, contained, handed over, not understood, their
// average satisfaction score, how fast the bot first answered and how long customers waited for a
// person. Used for the whole period, each channel and each day.
import type { AnalyticsEvent, AnalyticsEventOf, AnalyticsEventType } from './analyticsEvent';
import type { ConversationEvents } from './groupConversations';
import { percentiles, ratio, type Percentiles } from './percentiles';

export interface KeyRates {
  readonly conversations: number;
  readonly containmentRate: number | null;
  readonly handoffRate: number | null;
  /** Customer messages not understood, of all customer messages. */
  readonly fallbackRate: number | null;
  /** The average satisfaction score (1 to 5). */
  readonly csat: number | null;
  /** The bot's time to answer each conversation's first customer message. */
  readonly firstResponseMs: Percentiles;
  /** From handoff to an agent's claim. */
  readonly queueWaitSeconds: Percentiles;
}

export function keyRates(conversations: readonly ConversationEvents[]): KeyRates {
  const events = conversations.flatMap((c) => c.events);
  const turns = ofType(events, 'turn');
  const scores = ofType(events, 'satisfaction').map((e) => e.score);
  return {
    conversations: conversations.length,
    containmentRate: ratio(conversations.filter((c) => c.contained).length, conversations.length),
    handoffRate: ratio(conversations.filter((c) => c.events.some((e) => e.type === 'handoff')).length, conversations.length),
    fallbackRate: ratio(turns.filter((t) => !t.understood).length, turns.length),
    csat: ratio(scores.reduce((sum, s) => sum + s, 0), scores.length),
    firstResponseMs: percentiles(conversations.flatMap((c) => ofType(c.events, 'turn').slice(0, 1).map((t) => t.responseMs))),
    queueWaitSeconds: percentiles(ofType(events, 'claimed').map((c) => c.waitSeconds)),
  };
}

/** The events of one type. */
export function ofType<T extends AnalyticsEventType>(events: readonly AnalyticsEvent[], type: T): Array<AnalyticsEventOf<T>> {
  return events.filter((e): e is AnalyticsEventOf<T> => e.type === type);
}
