// Agents' idempotency keys kept with the handoff, the same contract in memory, SQLite and Redis:
// the first request reserves a key, a retry finds it running or finds its answer, a failed write
// gives it up, keys last a day, a reservation whose process died can be taken again after a minute,
// and keys go with their handoff.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HandoffRecord } from '../../src/handoff/handoffRecord';
import type { HandoffStore, KeptAnswer } from '../../src/store/handoffStore';
import { createMemoryHandoffStore } from '../../src/store/memoryHandoffStore';
import { openSqliteDatabase } from '../../src/store/openSqliteDatabase';
import { createRedisHandoffStore } from '../../src/store/redisHandoffStore';
import { createSqliteHandoffStore } from '../../src/store/sqliteHandoffStore';
import { REDIS_AVAILABLE, REDIS_URL } from '../support/redisForTests';
import { useTestRedis } from '../support/testRedis';

const dir = mkdtempSync(join(tmpdir(), 'baton-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const T0 = new Date('2026-11-24T10:00:00Z');
const later = (ms: number): Date => new Date(T0.getTime() + ms);
const answer: KeptAnswer = { status: 200, request: 'POST /api/agent/handoffs/h1/reply abc', body: { message: { text: 'On its way' }, delivered: false, reason: 'timeout' } };

function record(id: string): HandoffRecord {
  return {
    id, botId: 'acme', conversationId: `conv-${id}`, queue: 'orders', priority: 50, status: 'assigned', agentId: 'ann',
    createdAt: T0.toISOString(), closedAt: T0.toISOString(), messages: [], packet: { conversationId: `conv-${id}` } as HandoffRecord['packet'],
  };
}

const redis = useTestRedis('keys-');

const stores: Array<[string, () => HandoffStore]> = [
  ['memory', () => createMemoryHandoffStore()],
  ['SQLite', () => createSqliteHandoffStore(openSqliteDatabase(join(dir, `${Math.random().toString(36).slice(2)}.db`)))],
  ...(REDIS_AVAILABLE ? [['Redis', () => createRedisHandoffStore(redis.client(), redis.prefix())] as [string, () => HandoffStore]] : []),
];

if (!REDIS_AVAILABLE) {
  describe.skip(`idempotency keys in Redis (skipped: no Redis server at ${REDIS_URL})`, () => {
    it('runs the same contract', () => undefined);
  });
}

describe.each(stores)('idempotency keys in the %s handoff store', (_name, make) => {
  it('reserves a key once, says a retry is still running, then answers what the first answered', async () => {
    const store = make();
    await store.create(record('h1'));
    expect(await store.reserveKey('h1', 'ann/k1', T0)).toEqual({ kind: 'reserved' });
    expect(await store.reserveKey('h1', 'ann/k1', later(50))).toEqual({ kind: 'pending' });
    await store.settleKey('h1', 'ann/k1', answer, later(100));
    expect(await store.reserveKey('h1', 'ann/k1', later(200))).toEqual({ kind: 'answered', answer });
  });

  it('keeps keys apart per handoff and per key', async () => {
    const store = make();
    await store.create(record('h1'));
    await store.create(record('h2'));
    expect(await store.reserveKey('h1', 'ann/k1', T0)).toEqual({ kind: 'reserved' });
    expect(await store.reserveKey('h2', 'ann/k1', T0)).toEqual({ kind: 'reserved' });
    expect(await store.reserveKey('h1', 'bob/k1', T0)).toEqual({ kind: 'reserved' });
  });

  it('lets exactly one of two simultaneous requests with the same key run', async () => {
    const store = make();
    await store.create(record('h1'));
    const both = await Promise.all([store.reserveKey('h1', 'ann/k1', T0), store.reserveKey('h1', 'ann/k1', T0)]);
    expect(both.map((r) => r.kind).sort()).toEqual(['pending', 'reserved']);
  });

  it('gives a key up when its write failed, so the retry runs', async () => {
    const store = make();
    await store.create(record('h1'));
    await store.reserveKey('h1', 'ann/k1', T0);
    await store.settleKey('h1', 'ann/k1', undefined, later(10));
    expect(await store.reserveKey('h1', 'ann/k1', later(20))).toEqual({ kind: 'reserved' });
  });

  it('lets a reservation whose write never answered be taken again after a minute', async () => {
    const store = make();
    await store.create(record('h1'));
    await store.reserveKey('h1', 'ann/k1', T0);
    expect(await store.reserveKey('h1', 'ann/k1', later(59_000))).toEqual({ kind: 'pending' });
    expect(await store.reserveKey('h1', 'ann/k1', later(61_000))).toEqual({ kind: 'reserved' });
  });

  it('keeps an answer for a day', async () => {
    const store = make();
    await store.create(record('h1'));
    await store.reserveKey('h1', 'ann/k1', T0);
    await store.settleKey('h1', 'ann/k1', answer, T0);
    expect(await store.reserveKey('h1', 'ann/k1', later(23 * 3600_000))).toEqual({ kind: 'answered', answer });
  });

  it('forgets the keys of a handoff that is erased', async () => {
    const store = make();
    await store.create(record('h1'));
    await store.reserveKey('h1', 'ann/k1', T0);
    await store.settleKey('h1', 'ann/k1', answer, T0);
    expect(await store.eraseConversations('acme', ['conv-h1'])).toBe(1);
    await store.create(record('h1'));
    expect(await store.reserveKey('h1', 'ann/k1', later(1000))).toEqual({ kind: 'reserved' });
  });
});
