// Analytics events in Redis: a sorted set per bot, scored by the event's time. Each member is a
// per-bot sequence number and the event's JSON, so identical events are all kept, in arrival order.
import type { RedisClientType } from 'redis';
import type { AnalyticsEvent } from '../analytics/analyticsEvent';
import { eventTime, type AnalyticsStore } from '../analytics/analyticsStore';

export function createRedisAnalyticsStore(client: RedisClientType, prefix = 'baton'): AnalyticsStore {
  const key = (botId: string): string => `${prefix}:analytics:${botId}`;
  return {
    record: async (events) => {
      for (const botId of new Set(events.map((e) => e.botId))) {
        const own = events.filter((e) => e.botId === botId);
        const last = await client.incrBy(`${key(botId)}:seq`, own.length);
        const members = own.map((e, i) => ({ score: eventTime(e), value: `${String(last - own.length + i + 1).padStart(15, '0')} ${JSON.stringify(e)}` }));
        await client.zAdd(key(botId), members);
      }
    },
    query: async (botId, from, to) => {
      const members = await client.zRange(key(botId), from.getTime(), `(${to.getTime()}`, { BY: 'SCORE' });
      return members.map((m) => JSON.parse(m.slice(m.indexOf(' ') + 1)) as AnalyticsEvent);
    },
    purge: async (botId, before) => client.zRemRangeByScore(key(botId), '-inf', `(${before.getTime()}`),
    eraseConversations: async (botId, ids) => {
      const wanted = new Set(ids);
      const gone = (await client.zRange(key(botId), 0, -1))
        .filter((m) => wanted.has((JSON.parse(m.slice(m.indexOf(' ') + 1)) as AnalyticsEvent).conversationId));
      return gone.length === 0 ? 0 : client.zRem(key(botId), gone);
    },
  };
}
