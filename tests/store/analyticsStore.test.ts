// The analytics store contract, run against every implementation: ranges, order, bots kept apart, purge.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalyticsEvent } from '../../src/analytics/analyticsEvent';
import type { AnalyticsStore } from '../../src/analytics/analyticsStore';
import { createMemoryAnalyticsStore } from '../../src/store/memoryAnalyticsStore';
import { openSqliteDatabase } from '../../src/store/openSqliteDatabase';
import { createRedisAnalyticsStore } from '../../src/store/redisAnalyticsStore';
import { createSqliteAnalyticsStore } from '../../src/store/sqliteAnalyticsStore';
import { REDIS_AVAILABLE, REDIS_URL } from '../support/redisForTests';
import { useTestRedis } from '../support/testRedis';

const dir = mkdtempSync(join(tmpdir(), 'baton-analytics-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const redis = useTestRedis('analytics');

const stores: Array<[string, () => AnalyticsStore]> = [
  ['memory', () => createMemoryAnalyticsStore()],
  ['SQLite', () => createSqliteAnalyticsStore(openSqliteDatabase(join(dir, `${Math.random().toString(36).slice(2)}.db`)))],
  ...(REDIS_AVAILABLE ? [['Redis', () => createRedisAnalyticsStore(redis.client(), redis.prefix())] as [string, () => AnalyticsStore]] : []),
];

if (!REDIS_AVAILABLE) {
  describe.skip(`the Redis analytics store (skipped: no Redis server at ${REDIS_URL})`, () => {
    it('runs the same contract', () => undefined);
  });
}

function score(at: string, value: 1 | 2 | 3 | 4 | 5, botId = 'acme'): AnalyticsEvent {
  return { type: 'satisfaction', at, botId, conversationId: `c-${at}`, channel: 'webchat', score: value };
}

describe.each(stores)('the %s analytics store', (_name, make) => {
  it('returns a bot\'s events from `from` up to but not including `to`, oldest first', async () => {
    const store = make();
    await store.record([score('2026-11-24T12:00:00Z', 3), score('2026-11-24T10:00:00.000Z', 5)]);
    await store.record([score('2026-11-24T11:00:00Z', 4), score('2026-11-24T13:00:00Z', 1)]);
    const found = await store.query('acme', new Date('2026-11-24T10:00:00Z'), new Date('2026-11-24T13:00:00Z'));
    expect(found.map((e) => e.at)).toEqual(['2026-11-24T10:00:00.000Z', '2026-11-24T11:00:00Z', '2026-11-24T12:00:00Z']);
  });

  it('gives back every field of every event type, and keeps identical events', async () => {
    const store = make();
    const base = { at: '2026-11-24T10:00:00Z', botId: 'acme', conversationId: 'c1', channel: 'msteams' };
    const events: AnalyticsEvent[] = [
      { type: 'turn', ...base, intent: 'track_order', confidence: 0.91, understood: true, flow: 'track', state: 'ask_number', responseMs: 12 },
      { type: 'turn', ...base, understood: false, text: 'call me on [phone]', responseMs: 8 },
      { type: 'faqFeedback', ...base, faq: 'opening_hours', helpful: false },
      { type: 'faqFeedback', ...base, faq: 'opening_hours', helpful: false },
      { type: 'handoff', ...base, queue: 'orders', reason: 'customer_asked', mode: 'queue' },
      { type: 'claimed', ...base, queue: 'orders', waitSeconds: 40 },
      { type: 'resolved', ...base, queue: 'orders', handlingSeconds: 300 },
      { type: 'conversationEnded', ...base, contained: false },
    ];
    await store.record(events);
    expect(await store.query('acme', new Date('2026-11-24T00:00:00Z'), new Date('2026-11-25T00:00:00Z'))).toEqual(events);
  });

  it('keeps bots apart and purges only the named bot\'s older events', async () => {
    const store = make();
    await store.record([score('2026-11-20T10:00:00Z', 2), score('2026-11-21T10:00:00Z', 2), score('2026-11-24T10:00:00Z', 5), score('2026-11-20T10:00:00Z', 1, 'other')]);
    expect(await store.purge('acme', new Date('2026-11-21T10:00:00Z'))).toBe(1);
    const all = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z') };
    expect((await store.query('acme', all.from, all.to)).map((e) => e.at)).toEqual(['2026-11-21T10:00:00Z', '2026-11-24T10:00:00Z']);
    expect(await store.query('other', all.from, all.to)).toHaveLength(1);
    expect(await store.purge('nobody', all.to)).toBe(0);
  });

  it('erases every event of given conversations of one bot, and nothing else', async () => {
    const store = make();
    const of = (conversationId: string, botId = 'acme'): AnalyticsEvent => ({ type: 'satisfaction', at: '2026-11-24T10:00:00Z', botId, conversationId, channel: 'webchat', score: 4 });
    await store.record([of('erase-me'), of('erase-me'), of('keep-me'), of('erase-me', 'other')]);
    expect(await store.eraseConversations('acme', ['erase-me'])).toBe(2);
    const all = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z') };
    expect((await store.query('acme', all.from, all.to)).map((e) => e.conversationId)).toEqual(['keep-me']);
    expect(await store.query('other', all.from, all.to)).toHaveLength(1);
    expect(await store.eraseConversations('acme', [])).toBe(0);
  });

  it('records nothing for an empty list', async () => {
    const store = make();
    await store.record([]);
    expect(await store.query('acme', new Date(0), new Date('2100-01-01T00:00:00Z'))).toEqual([]);
  });
});

describe('the memory analytics store', () => {
  it('drops the oldest events past its bound', async () => {
    const store = createMemoryAnalyticsStore({ maxEvents: 2 });
    await store.record([score('2026-11-24T10:00:00Z', 1), score('2026-11-24T11:00:00Z', 2), score('2026-11-24T12:00:00Z', 3)]);
    const kept = await store.query('acme', new Date(0), new Date('2100-01-01T00:00:00Z'));
    expect(kept.map((e) => (e.type === 'satisfaction' ? e.score : 0))).toEqual([2, 3]);
  });
});
