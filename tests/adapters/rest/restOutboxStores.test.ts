// Replies waiting for a REST customer, the same contract in memory, SQLite and Redis: only the REST
// channel's conversations take them, they come out in order and once, a box keeps its newest
// messages only, and in SQLite they are still there when the database is opened again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { redisRestOutbox } from '../../../adapters/rest/redisRestOutbox';
import { memoryRestOutbox, OUTBOX_LIMIT, type RestOutbox } from '../../../adapters/rest/restOutbox';
import { sqliteRestOutbox } from '../../../adapters/rest/sqliteRestOutbox';
import { openSqliteDatabase } from '../../../src/store/openSqliteDatabase';
import { REDIS_AVAILABLE, REDIS_URL } from '../../support/redisForTests';
import { useTestRedis } from '../../support/testRedis';

const dir = mkdtempSync(join(tmpdir(), 'baton-outbox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const AT = new Date('2026-11-24T10:00:00Z');

const redis = useTestRedis('outbox-');

const outboxes: Array<[string, () => RestOutbox]> = [
  ['memory', () => memoryRestOutbox()],
  ['SQLite', () => sqliteRestOutbox(openSqliteDatabase(join(dir, `${Math.random().toString(36).slice(2)}.db`)))],
  ...(REDIS_AVAILABLE ? [['Redis', () => redisRestOutbox(redis.client(), { prefix: redis.prefix() })] as [string, () => RestOutbox]] : []),
];

if (!REDIS_AVAILABLE) {
  describe.skip(`the Redis REST outbox (skipped: no Redis server at ${REDIS_URL})`, () => {
    it('runs the same contract', () => undefined);
  });
}

describe.each(outboxes)('the %s REST outbox', (_name, make) => {
  it('holds only conversations it was told are the REST channel\'s', async () => {
    const outbox = make();
    expect(await outbox.holds('rest-a')).toBe(false);
    await outbox.know('rest-a');
    expect(await outbox.holds('rest-a')).toBe(true);
    expect(await outbox.holds('rest-b')).toBe(false);
  });

  it('hands out waiting messages in order, with their time, once', async () => {
    const outbox = make();
    await outbox.put('rest-a', [{ text: 'one' }, { text: 'two' }], AT);
    await outbox.put('rest-b', [{ text: 'other' }], AT);
    await outbox.put('rest-a', [{ text: 'three' }], new Date(AT.getTime() + 1000));
    const taken = await outbox.take('rest-a');
    expect(taken.map((m) => m.text)).toEqual(['one', 'two', 'three']);
    expect(taken.map((m) => m.seq)).toEqual([...taken.map((m) => m.seq)].sort((x, y) => x - y));
    expect(taken[2]!.at).toBe('2026-11-24T10:00:01.000Z');
    expect(await outbox.take('rest-a')).toEqual([]);
    expect((await outbox.take('rest-b')).map((m) => m.text)).toEqual(['other']);
  });

  it('forgets erased conversations and nothing else', async () => {
    const outbox = make();
    for (const id of ['rest-a', 'rest-b']) {
      await outbox.know(id);
      await outbox.put(id, [{ text: `for ${id}` }], AT);
    }
    await outbox.forget(['rest-a']);
    expect(await outbox.holds('rest-a')).toBe(false);
    expect(await outbox.take('rest-a')).toEqual([]);
    expect(await outbox.holds('rest-b')).toBe(true);
    expect((await outbox.take('rest-b')).map((m) => m.text)).toEqual(['for rest-b']);
  });

  it('keeps the newest messages of a box that overflows', async () => {
    const outbox = make();
    await outbox.put('rest-a', Array.from({ length: OUTBOX_LIMIT + 5 }, (_, i) => ({ text: `m${i}` })), AT);
    const taken = await outbox.take('rest-a');
    expect(taken).toHaveLength(OUTBOX_LIMIT);
    expect(taken[0]!.text).toBe('m5');
  });
});

it('keeps waiting messages and known conversations in the SQLite file across a reopening', async () => {
  const file = join(dir, 'reopened.db');
  const first = openSqliteDatabase(file);
  const before = sqliteRestOutbox(first);
  await before.know('rest-a');
  await before.put('rest-a', [{ text: 'Your refund is on its way.' }], AT);
  first.close();
  const after = sqliteRestOutbox(openSqliteDatabase(file));
  expect(await after.holds('rest-a')).toBe(true);
  expect((await after.take('rest-a')).map((m) => m.text)).toEqual(['Your refund is on its way.']);
  expect(await after.take('rest-a')).toEqual([]);
});
