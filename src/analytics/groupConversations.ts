// Groups analytics events by conversation, with the conversation's channel, day and whether the
// bot contained it (no handoff, and not ended as handed over), and its language.
import { DateTime } from 'luxon';
import type { AnalyticsEvent } from './analyticsEvent';

export interface ConversationEvents {
  readonly id: string;
  /** The first channel an event names, other than `unknown`. */
  readonly channel: string;
  /** The day (YYYY-MM-DD) of the conversation's first event, in the time zone asked for (default UTC). */
  readonly day: string;
  readonly contained: boolean;
  /** The language the conversation was last in (the last event that names one); `language` given to groupConversations when none does. */
  readonly language: string;
  readonly events: readonly AnalyticsEvent[];
}

/** `language`: the bot's main language, of conversations whose events name none (single-language bots, older events). */
export function groupConversations(events: readonly AnalyticsEvent[], timezone = 'UTC', language = 'en'): ConversationEvents[] {
  const groups = new Map<string, AnalyticsEvent[]>();
  for (const event of [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) {
    const key = `${event.botId}\u0000${event.conversationId}`;
    const group = groups.get(key) ?? [];
    group.push(event);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => ({
    id: group[0]!.conversationId,
    channel: group.find((e) => e.channel !== 'unknown')?.channel ?? 'unknown',
    day: DateTime.fromISO(group[0]!.at, { zone: timezone }).toISODate() ?? group[0]!.at.slice(0, 10),
    contained: !group.some((e) => e.type === 'handoff' || (e.type === 'conversationEnded' && !e.contained)),
    language: [...group].reverse().find((e) => e.language !== undefined)?.language ?? language,
    events: group,
  }));
}
