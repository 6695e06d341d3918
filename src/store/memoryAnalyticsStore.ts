// Analytics events in memory, for tests and demos: one bounded array, the oldest dropped first.
import { eventTime, type AnalyticsStore } from '../analytics/analyticsStore';
import type { AnalyticsEvent } from '../analytics/analyticsEvent';

export interface MemoryAnalyticsOptions {
  /** The most events kept over all bots. Default 100,000. */
  readonly maxEvents?: number;
}

export function createMemoryAnalyticsStore(options: MemoryAnalyticsOptions = {}): AnalyticsStore {
  const max = options.maxEvents ?? 100_000;
  let events: AnalyticsEvent[] = [];
  const removeWhere = (test: (e: AnalyticsEvent) => boolean): number => {
    const kept = events.filter((e) => !test(e));
    const removed = events.length - kept.length;
    events = kept;
    return removed;
  };
  return {
    record: async (added) => {
      events.push(...added);
      if (events.length > max) events.splice(0, events.length - max);
    },
    query: async (botId, from, to) => events
      .filter((e) => e.botId === botId && eventTime(e) >= from.getTime() && eventTime(e) < to.getTime())
      .sort((a, b) => eventTime(a) - eventTime(b)),
    purge: async (botId, before) => removeWhere((e) => e.botId === botId && eventTime(e) < before.getTime()),
    eraseConversations: async (botId, ids) => removeWhere((e) => e.botId === botId && ids.includes(e.conversationId)),
  };
}
