// Summarises a period's analytics events for support leaders: containment, handoffs by reason,
// intent and flow state, fallbacks, FAQ helpfulness, CSAT, response, queue wait and handling
// times, per channel, per language and per day (in the bot's time zone), and the messages not understood.
import type { AnalyticsEvent } from './analyticsEvent';
import { countBy } from './countBy';
import { groupConversations, type ConversationEvents } from './groupConversations';
import { handoffCauses } from './handoffCauses';
import { keyRates, ofType, type KeyRates } from './keyRates';
import { notUnderstood, type NotUnderstoodMessage } from './notUnderstood';
import { percentiles, ratio, type Percentiles } from './percentiles';

export interface AnalyticsSummary extends Omit<KeyRates, 'csat'> {
  readonly handoffsByReason: Readonly<Record<string, number>>;
  /** The intent last recognised before each handoff. */
  readonly handoffsByIntent: Readonly<Record<string, number>>;
  /** The flow state (`flow.state`) each handoff came from. */
  readonly handoffsByState: Readonly<Record<string, number>>;
  /** Customer messages by the intent recognised, most frequent first. */
  readonly intents: Readonly<Record<string, number>>;
  readonly faqHelpfulness: { readonly helpful: number; readonly notHelpful: number; readonly rate: number | null };
  /** satisfiedRate: scores of 4 or 5, of all scores. */
  readonly csat: { readonly responses: number; readonly average: number | null; readonly satisfiedRate: number | null };
  /** From an agent's claim to the resolution. */
  readonly handlingSeconds: Percentiles;
  /** Customers who left the chat with a handoff open: still waiting for an agent, or while one served them. */
  readonly customersLeft: { readonly waiting: number; readonly withAgent: number };
  readonly byChannel: Readonly<Record<string, KeyRates>>;
  /** By the language each conversation was last in: containment, CSAT and the other key rates. */
  readonly byLanguage: Readonly<Record<string, KeyRates>>;
  readonly byDay: ReadonlyArray<KeyRates & { readonly day: string }>;
  readonly notUnderstood: readonly NotUnderstoodMessage[];
  /** Conversations moved because a new version of the bot no longer had their flow or state, by the `flow.state` they were in. */
  readonly movedByBotChange: Readonly<Record<string, number>>;
}

export interface SummaryOptions {
  /** The IANA zone whose days `byDay` counts (the bot's). Default UTC. */
  readonly timezone?: string;
  /** The bot's main language, of conversations whose events name none. Default `en`. */
  readonly language?: string;
}

export function summariseAnalytics(events: readonly AnalyticsEvent[], options: SummaryOptions = {}): AnalyticsSummary {
  const conversations = groupConversations(events, options.timezone, options.language);
  const { csat: average, ...overall } = keyRates(conversations);
  const feedback = ofType(events, 'faqFeedback');
  const helpful = feedback.filter((f) => f.helpful).length;
  const scores = ofType(events, 'satisfaction').map((s) => s.score);
  const causes = handoffCauses(conversations);
  return {
    ...overall,
    handoffsByReason: countBy(ofType(events, 'handoff').map((h) => h.reason)),
    handoffsByIntent: causes.byIntent,
    handoffsByState: causes.byState,
    intents: countBy(ofType(events, 'turn').flatMap((t) => (t.understood && t.intent !== undefined ? [t.intent] : []))),
    faqHelpfulness: { helpful, notHelpful: feedback.length - helpful, rate: ratio(helpful, feedback.length) },
    csat: { responses: scores.length, average, satisfiedRate: ratio(scores.filter((s) => s >= 4).length, scores.length) },
    handlingSeconds: percentiles(ofType(events, 'resolved').map((r) => r.handlingSeconds)),
    customersLeft: { waiting: ofType(events, 'customerLeft').filter((e) => !e.claimed).length, withAgent: ofType(events, 'customerLeft').filter((e) => e.claimed).length },
    byChannel: Object.fromEntries([...groupBy(conversations, (c) => c.channel)].sort(([a], [b]) => a.localeCompare(b)).map(([channel, group]) => [channel, keyRates(group)])),
    byLanguage: Object.fromEntries([...groupBy(conversations, (c) => c.language)].sort(([a], [b]) => a.localeCompare(b)).map(([language, group]) => [language, keyRates(group)])),
    byDay: [...groupBy(conversations, (c) => c.day)].sort(([a], [b]) => a.localeCompare(b)).map(([day, group]) => ({ day, ...keyRates(group) })),
    notUnderstood: notUnderstood(events),
    movedByBotChange: countBy(ofType(events, 'stateMoved').map((m) => m.from)),
  };
}

function groupBy(conversations: readonly ConversationEvents[], key: (c: ConversationEvents) => string): Map<string, ConversationEvents[]> {
  const groups = new Map<string, ConversationEvents[]>();
  for (const c of conversations) {
    const k = key(c);
    const group = groups.get(k);
    if (group) group.push(c);
    else groups.set(k, [c]);
  }
  return groups;
}
