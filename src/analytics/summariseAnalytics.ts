// Summarises a period's analytics events for support leaders: containment, handoffs by reason,
// fallbacks, FAQ helpfulness, CSAT, response and queue wait times, per channel and per day.
import type { AnalyticsEvent } from './analyticsEvent';
import { groupConversations, type ConversationEvents } from './groupConversations';
import { keyRates, ofType, type KeyRates } from './keyRates';
import { notUnderstood, type NotUnderstoodMessage } from './notUnderstood';
import { percentiles, ratio, type Percentiles } from './percentiles';

export interface AnalyticsSummary {
  readonly conversations: number;
  readonly containmentRate: number | null;
  readonly handoffRate: number | null;
  readonly handoffsByReason: Readonly<Record<string, number>>;
  readonly fallbackRate: number | null;
  readonly faqHelpfulness: { readonly helpful: number; readonly notHelpful: number; readonly rate: number | null };
  /** satisfiedRate: scores of 4 or 5, of all scores. */
  readonly csat: { readonly responses: number; readonly average: number | null; readonly satisfiedRate: number | null };
  /** The bot's time to answer each conversation's first customer message. */
  readonly firstResponseMs: Percentiles;
  /** From handoff to an agent's claim. */
  readonly queueWaitSeconds: Percentiles;
  readonly byChannel: Readonly<Record<string, KeyRates>>;
  readonly byDay: ReadonlyArray<{ readonly day: string; readonly conversations: number; readonly containmentRate: number | null; readonly csat: number | null }>;
  readonly notUnderstood: readonly NotUnderstoodMessage[];
}

export function summariseAnalytics(events: readonly AnalyticsEvent[]): AnalyticsSummary {
  const conversations = groupConversations(events);
  const overall = keyRates(conversations);
  const feedback = ofType(events, 'faqFeedback');
  const helpful = feedback.filter((f) => f.helpful).length;
  const scores = ofType(events, 'satisfaction').map((s) => s.score);
  const firstTurns = conversations.flatMap((c) => ofType(c.events, 'turn').slice(0, 1));
  return {
    conversations: overall.conversations,
    containmentRate: overall.containmentRate,
    handoffRate: overall.handoffRate,
    handoffsByReason: countBy(ofType(events, 'handoff').map((h) => h.reason)),
    fallbackRate: overall.fallbackRate,
    faqHelpfulness: { helpful, notHelpful: feedback.length - helpful, rate: ratio(helpful, feedback.length) },
    csat: { responses: scores.length, average: overall.csat, satisfiedRate: ratio(scores.filter((s) => s >= 4).length, scores.length) },
    firstResponseMs: percentiles(firstTurns.map((t) => t.responseMs)),
    queueWaitSeconds: percentiles(ofType(events, 'claimed').map((c) => c.waitSeconds)),
    byChannel: Object.fromEntries([...groupBy(conversations, (c) => c.channel)].map(([channel, group]) => [channel, keyRates(group)])),
    byDay: [...groupBy(conversations, (c) => c.day)].sort(([a], [b]) => a.localeCompare(b)).map(([day, group]) => {
      const rates = keyRates(group);
      return { day, conversations: rates.conversations, containmentRate: rates.containmentRate, csat: rates.csat };
    }),
    notUnderstood: notUnderstood(events),
  };
}

function countBy(keys: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

function groupBy(conversations: readonly ConversationEvents[], key: (c: ConversationEvents) => string): Map<string, ConversationEvents[]> {
  const groups = new Map<string, ConversationEvents[]>();
  for (const c of conversations) groups.set(key(c), [...(groups.get(key(c)) ?? []), c]);
  return groups;
}
