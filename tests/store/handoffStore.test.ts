// The handoff queue contract, run against every implementation: order, atomic claims, messages.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HandoffRecord } from '../../src/handoff/handoffRecord';
import type { HandoffStore } from '../../src/store/handoffStore';
import { createMemoryHandoffStore } from '../../src/store/memoryHandoffStore';
import { openSqliteDatabase } from '../../src/store/openSqliteDatabase';
import { createSqliteHandoffStore } from '../../src/store/sqliteHandoffStore';
import { createRedisHandoffStore } from '../../src/store/redisHandoffStore';
import type { RedisClientType } from 'redis';
import { connectRedis, dropPrefix, REDIS_AVAILABLE, REDIS_URL } from '../support/redisForTests';

const dir = mkdtempSync(join(tmpdir(), 'baton-handoffs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function record(id: string, overrides: Partial<HandoffRecord> = {}): HandoffRecord {
  return {
    id, botId: 'acme', conversationId: `conv-${id}`, queue: 'orders', priority: 50, status: 'waiting',
    createdAt: `2026-11-24T10:00:0${id.length % 10}Z`, messages: [],
    packet: { conversationId: `conv-${id}` } as HandoffRecord['packet'],
    ...overrides,
  };
}

let redis: RedisClientType | undefined;
const prefixes: string[] = [];
beforeAll(async () => { if (REDIS_AVAILABLE) redis = await connectRedis(); });
afterAll(async () => {
  if (redis) {
    for (const prefix of prefixes) await dropPrefix(redis, prefix);
    await redis.quit();
  }
});

const stores: Array<[string, () => HandoffStore | undefined]> = [
  ['memory', () => createMemoryHandoffStore()],
  ['SQLite', () => createSqliteHandoffStore(openSqliteDatabase(join(dir, `${Math.random().toString(36).slice(2)}.db`)))],
  ...(REDIS_AVAILABLE ? [['Redis', () => {
    if (!redis) return undefined;
    const prefix = `baton-test-${process.pid}-${prefixes.length}`;
    prefixes.push(prefix);
    return createRedisHandoffStore(redis, prefix);
  }] as [string, () => HandoffStore | undefined]] : []),
];

if (!REDIS_AVAILABLE) {
  describe.skip(`the Redis handoff store (skipped: no Redis server at ${REDIS_URL})`, () => {
    it('runs the same contract', () => undefined);
  });
}

describe.each(stores)('the %s handoff store', (_name, makeStore) => {
  const make = (): HandoffStore => {
    const store = makeStore();
    if (!store) throw new Error(`Redis answered the probe but not the client at ${REDIS_URL}`);
    return store;
  };
  it('lists waiting handoffs by priority, then by age, filtered by queue and status', async () => {
    const store = make();
    await store.create(record('a', { createdAt: '2026-11-24T10:00:01Z' }));
    await store.create(record('b', { createdAt: '2026-11-24T10:00:02Z', priority: 80 }));
    await store.create(record('c', { createdAt: '2026-11-24T10:00:00Z' }));
    await store.create(record('d', { queue: 'accounts' }));
    await store.create(record('e', { status: 'resolved' }));
    const waiting = await store.list({ statuses: ['waiting'], queues: ['orders'] });
    expect(waiting.map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect((await store.list({ conversationId: 'conv-d' })).map((r) => r.id)).toEqual(['d']);
  });

  it('lets exactly one of two simultaneous claims win', async () => {
    const store = make();
    await store.create(record('x'));
    const [one, two] = await Promise.all([
      store.transition('x', ['waiting'], { status: 'assigned', agentId: 'ann', claimedAt: '2026-11-24T10:01:00Z' }),
      store.transition('x', ['waiting'], { status: 'assigned', agentId: 'bob', claimedAt: '2026-11-24T10:01:00Z' }),
    ]);
    expect([one, two].filter(Boolean)).toHaveLength(1);
    expect((await store.get('x'))!.agentId).toBe(one ? 'ann' : 'bob');
    expect(await store.transition('x', ['waiting'], { status: 'assigned', agentId: 'cy' })).toBeUndefined();
  });

  it('keeps the messages said during the handoff, in order, and clears the agent on release', async () => {
    const store = make();
    await store.create(record('m'));
    await store.appendMessage('m', { at: '2026-11-24T10:02:00Z', from: 'customer', text: 'hello?' });
    await store.appendMessage('m', { at: '2026-11-24T10:03:00Z', from: 'agent', text: 'Hi, I am Ann', agentId: 'ann' });
    await store.transition('m', ['waiting'], { status: 'assigned', agentId: 'ann' });
    const released = await store.transition('m', ['assigned'], { status: 'waiting', agentId: null, queue: 'accounts' });
    expect(released).toMatchObject({ status: 'waiting', queue: 'accounts' });
    expect(released!.agentId).toBeUndefined();
    expect((await store.get('m'))!.messages.map((x) => x.text)).toEqual(['hello?', 'Hi, I am Ann']);
  });

  it('purges handoffs closed before a date, keeping open ones, tickets and other bots', async () => {
    const store = make();
    await store.create(record('old', { conversationId: 'c-old' }));
    await store.create(record('new', { conversationId: 'c-new' }));
    await store.create(record('open', { conversationId: 'c-open' }));
    await store.create(record('ticket', { conversationId: 'c-ticket', status: 'ticket' }));
    await store.create(record('other', { conversationId: 'c-other', botId: 'other' }));
    await store.appendMessage('old', { at: '2026-01-01T10:00:00Z', from: 'customer', text: 'gone soon' });
    await store.transition('old', ['waiting'], { status: 'resolved', closedAt: '2026-01-01T10:00:00Z' });
    await store.transition('new', ['waiting'], { status: 'resolved', closedAt: '2026-11-20T10:00:00Z' });
    await store.transition('other', ['waiting'], { status: 'resolved', closedAt: '2026-01-01T10:00:00Z' });
    expect(await store.purgeClosed('acme', new Date('2026-06-01T00:00:00Z'))).toBe(1);
    expect(await store.get('old')).toBeUndefined();
    expect((await store.list({ botId: 'acme' })).map((r) => r.id).sort()).toEqual(['new', 'open', 'ticket']);
    expect(await store.get('other')).toBeDefined();
  });

  it('erases every handoff of given conversations, open or closed', async () => {
    const store = make();
    await store.create(record('e1', { conversationId: 'erase-me' }));
    await store.create(record('e2', { conversationId: 'erase-me' }));
    await store.create(record('k', { conversationId: 'keep-me' }));
    await store.appendMessage('e1', { at: '2026-11-24T10:02:00Z', from: 'customer', text: 'my address is 1 Main St' });
    await store.transition('e2', ['waiting'], { status: 'resolved', closedAt: '2026-11-24T11:00:00Z' });
    expect(await store.eraseConversations('acme', ['erase-me'])).toBe(2);
    expect((await store.list({ botId: 'acme' })).map((r) => r.conversationId)).toEqual(['keep-me']);
    expect(await store.get('e1')).toBeUndefined();
  });
});
