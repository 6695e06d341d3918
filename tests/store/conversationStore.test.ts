// The conversation store contract, run against every implementation.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newConversation } from '../../src/engine/conversationState';
import type { ConversationStore } from '../../src/store/conversationStore';
import { createMemoryStore } from '../../src/store/memoryStore';
import { createSqliteStore } from '../../src/store/sqliteStore';
import { createRedisStore } from '../../src/store/redisStore';
import type { RedisClientType } from 'redis';
import { connectRedis, dropPrefix, REDIS_AVAILABLE, REDIS_URL } from '../support/redisForTests';

const dir = mkdtempSync(join(tmpdir(), 'baton-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let redis: RedisClientType | undefined;
const prefixes: string[] = [];
beforeAll(async () => { if (REDIS_AVAILABLE) redis = await connectRedis(); });
afterAll(async () => {
  if (redis) {
    for (const prefix of prefixes) await dropPrefix(redis, prefix);
    await redis.quit();
  }
});

const stores: Array<[string, () => ConversationStore]> = [
  ['memory', () => createMemoryStore()],
  ['SQLite', () => createSqliteStore(join(dir, `${Math.random().toString(36).slice(2)}.db`))],
  ...(REDIS_AVAILABLE ? [['Redis', () => {
    if (!redis) throw new Error(`Redis answered the probe but not the client at ${REDIS_URL}`);
    const prefix = `baton-test-${process.pid}-c${prefixes.length}`;
    prefixes.push(prefix);
    // closing the store would quit the shared client: the test's afterAll does that
    return { ...createRedisStore(redis, { prefix }), close: async () => undefined };
  }] as [string, () => ConversationStore]] : []),
];

if (!REDIS_AVAILABLE) {
  describe.skip(`the Redis store (skipped: no Redis server at ${REDIS_URL})`, () => {
    it('runs the same contract', () => undefined);
  });
}

describe.each(stores)('the %s store', (_name, make) => {
  it('saves and loads a state, separately per bot and conversation', async () => {
    const store = make();
    const a = { ...newConversation('acme', 'c1'), slots: { order_id: '12345' } };
    await store.saveState(a);
    await store.saveState(newConversation('other', 'c1'));
    expect(await store.loadState('acme', 'c1')).toEqual(a);
    expect(await store.loadState('acme', 'c2')).toBeUndefined();
    expect((await store.loadState('other', 'c1')) as { slots: unknown }).toMatchObject({ slots: {} });
    await store.close();
  });

  it('overwrites a state with its newer version and answers ping', async () => {
    const store = make();
    await store.saveState(newConversation('acme', 'c1'));
    await store.saveState({ ...newConversation('acme', 'c1'), turn: 7 });
    expect(((await store.loadState('acme', 'c1')) as { turn: number }).turn).toBe(7);
    expect(await store.ping()).toBe(true);
    await store.close();
  });
});

describe('the SQLite store', () => {
  it('keeps states across a reopen of its file', async () => {
    const file = join(dir, 'reopen.db');
    const first = createSqliteStore(file);
    await first.saveState({ ...newConversation('acme', 'kept'), slots: { email: 'sam@example.com' } });
    await first.close();
    const second = createSqliteStore(file);
    expect(await second.loadState('acme', 'kept')).toMatchObject({ slots: { email: 'sam@example.com' } });
    await second.close();
  });
});
