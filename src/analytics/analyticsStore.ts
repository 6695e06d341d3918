// Where analytics events are kept: the contract every store implements (memory, SQLite, Redis).
// A query returns a bot's events with from <= at < to, oldest first.
import type { AnalyticsEvent } from './analyticsEvent';

export interface AnalyticsStore {
  record(events: readonly AnalyticsEvent[]): Promise<void>;
  query(botId: string, from: Date, to: Date): Promise<AnalyticsEvent[]>;
  /** Deletes a bot's events older than `before`; returns how many. */
  purge(botId: string, before: Date): Promise<number>;
  /** Deletes every event of these conversations (a privacy erasure); returns how many. */
  eraseConversations(botId: string, conversationIds: readonly string[]): Promise<number>;
}

/** An event's time in epoch milliseconds, the order and range key of every store. */
export function eventTime(event: AnalyticsEvent): number {
  return Date.parse(event.at);
}
