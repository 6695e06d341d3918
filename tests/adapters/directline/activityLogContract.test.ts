// What every Direct Line activity log does, in memory, in SQLite and in Redis alike: numbering from
// 1, reading after a watermark, the bounds per conversation and in all (least recently used go
// first), forgetting idle conversations unless a stream listens, telling listeners; exporting,
// erasing and purging conversations for privacy requests and retention; and, for the logs kept
// outside the process, carrying on after a restart where they left off.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActivityLog, LoggedPage } from '../../../adapters/directline/activityLog';
import type { ActivityLogOptions } from '../../../adapters/directline/activityLogOptions';
import { createMemoryActivityLog } from '../../../adapters/directline/memoryActivityLog';
import { createRedisActivityLog } from '../../../adapters/directline/redisActivityLog';
import { createSqliteActivityLog } from '../../../adapters/directline/sqliteActivityLog';
import { manualClock } from '../../../src/runtime/clock';
import type { MessageBus } from '../../../src/server/messageBus';
import { openSqliteDatabase } from '../../../src/store/openSqliteDatabase';
import { redisMessageBus } from '../../../src/store/redisMessageBus';
import { REDIS_AVAILABLE } from '../../support/redisForTests';
import { useTestRedis } from '../../support/testRedis';

const owner = { userId: 'u1' };
const message = (text: string) => ({ type: 'message', text });

/** Opens logs on one place: a second call is the same data seen by another (or a restarted) process. */
interface LogPlace {
  open(options?: ActivityLogOptions): Promise<ActivityLog>;
  /** Closes every log it opened and what they stand on. */
  close(): Promise<void>;
}

const redis = useTestRedis('dlog');

const places: Array<[string, boolean, () => LogPlace]> = [
  ['in memory', false, () => {
    const logs: ActivityLog[] = [];
    return {
      open: async (options) => {
        const log = createMemoryActivityLog({ sweepMs: 0, ...options });
        logs.push(log);
        return log;
      },
      close: async () => { for (const log of logs) await log.close(); },
    };
  }],
  ['in SQLite', true, () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-dlog-'));
    const dbs: ReturnType<typeof openSqliteDatabase>[] = [];
    const logs: ActivityLog[] = [];
    return {
      open: async (options) => {
        // A new connection each time, as a restarted process opens the file again.
        const db = openSqliteDatabase(join(dir, 'acme.db'));
        dbs.push(db);
        const log = createSqliteActivityLog(db, { sweepMs: 0, ...options });
        logs.push(log);
        return log;
      },
      close: async () => {
        for (const log of logs) await log.close();
        for (const db of dbs) db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }],
  ...(REDIS_AVAILABLE ? [['in Redis', true, () => {
    const prefix = redis.prefix();
    const buses: MessageBus[] = [];
    const logs: ActivityLog[] = [];
    return {
      open: async (options?: ActivityLogOptions) => {
        // Its own bus (a subscriber connection), as another process has.
        const bus = await redisMessageBus(redis.client(), { prefix });
        buses.push(bus);
        const log = createRedisActivityLog(redis.client(), { prefix, bus, sweepMs: 0, ...options });
        logs.push(log);
        return log;
      },
      close: async () => {
        for (const log of logs) await log.close();
        for (const bus of buses) await bus.close();
      },
    };
  }] as [string, boolean, () => LogPlace]] : []),
];

/** Waits until `check` passes: listeners of a log kept outside the process hear of appends a moment later. */
async function eventually(check: () => void, ms = 2000): Promise<void> {
  const ends = Date.now() + ms;
  for (;;) {
    try {
      return check();
    } catch (err) {
      if (Date.now() > ends) throw err;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

describe.each(places)('the activity log %s', (_name, persistent, makePlace) => {
  let place: LogPlace;
  beforeEach(() => { place = makePlace(); });
  afterEach(() => place.close());

  it('numbers activities from 1 and reads those after a watermark', async () => {
    const log = await place.open();
    expect(await log.create('c1', owner)).toBe(true);
    const logged = await log.append('c1', [message('a'), message('b'), message('c')]);
    expect(logged?.map((a) => a.id)).toEqual(['c1|0000001', 'c1|0000002', 'c1|0000003']);
    expect(logged?.[0]).toEqual({ type: 'message', text: 'a', id: 'c1|0000001' });
    expect(await log.read('c1', 1)).toEqual({ activities: [logged?.[1], logged?.[2]], watermark: 3 });
    expect(await log.read('c1', 3)).toEqual({ activities: [], watermark: 3 });
    expect(await log.append('nope', [message('x')])).toBeUndefined();
    expect(await log.read('nope', 0)).toBeUndefined();
  });

  it('creates a conversation once, and keeps its owner as given', async () => {
    const log = await place.open();
    const sam = { userId: 'sam@example.com', name: 'Sam "the customer" O\'Neil', verified: true };
    expect(await log.create('c1', sam)).toBe(true);
    expect(await log.create('c1', owner)).toBe(false);
    expect(await log.owner('c1')).toEqual(sam);
    expect(await log.owner('c2')).toBeUndefined();
  });

  it('keeps an activity as given, whatever its text holds, and replaces an id it came with', async () => {
    const log = await place.open();
    await log.create('c1', owner);
    const odd = { type: 'message', id: 'forged', text: 'quotes " and \\ and "id":""} and ünïcödé 🎉', value: { payload: 'yes', list: [] }, channelData: {} };
    const [logged] = (await log.append('c1', [odd])) ?? [];
    expect(logged).toEqual({ ...odd, id: 'c1|0000001' });
    expect((await log.read('c1', 0))?.activities).toEqual([logged]);
  });

  it('keeps only the last activities of a conversation, while the numbering carries on', async () => {
    const log = await place.open({ maxActivities: 3 });
    await log.create('c1', owner);
    await log.append('c1', ['a', 'b', 'c', 'd', 'e'].map(message));
    const page = await log.read('c1', 0);
    expect(page?.activities.map((a) => a.text)).toEqual(['c', 'd', 'e']);
    expect(page?.watermark).toBe(5);
    expect((await log.read('c1', 3))?.activities.map((a) => a.text)).toEqual(['d', 'e']);
  });

  it('keeps a conversation under its byte budget by dropping its oldest activities, but always keeps the latest', async () => {
    const log = await place.open({ maxConversationBytes: 300 });
    await log.create('c1', owner);
    await log.append('c1', [message('a'.repeat(100)), message('b'.repeat(100)), message('c'.repeat(100))]);
    expect((await log.read('c1', 0))?.activities.map((a) => a.text?.[0])).toEqual(['b', 'c']);
    await log.append('c1', [message('d'.repeat(1000))]);
    expect((await log.read('c1', 0))?.activities.map((a) => a.text?.[0])).toEqual(['d']);
  });

  it('forgets the least recently used conversations when all of them together pass the byte budget', async () => {
    const log = await place.open({ maxBytes: 500 });
    for (const id of ['c1', 'c2', 'c3']) {
      await log.create(id, owner);
      await log.append(id, [message('x'.repeat(150))]);
    }
    expect([await log.owner('c1'), await log.owner('c2'), await log.owner('c3')]).toEqual([undefined, owner, owner]);
  });

  it('forgets the least recently used conversation when it holds too many, and tells its listeners when closed', async () => {
    const log = await place.open({ maxConversations: 2 });
    const ended: string[] = [];
    await log.create('c1', owner);
    log.subscribe('c1', { next: () => undefined, end: () => ended.push('c1') });
    await log.create('c2', owner);
    await log.owner('c1');
    await log.create('c3', owner);
    expect([await log.owner('c1'), await log.owner('c2'), await log.owner('c3')]).toEqual([owner, undefined, owner]);
    expect(ended).toEqual([]);
    await log.close();
    expect(ended).toEqual(['c1']);
  });

  it('tells the listeners of a conversation evicted to make room that it ended', async () => {
    const log = await place.open({ maxConversations: 1 });
    const ended: string[] = [];
    await log.create('c1', owner);
    log.subscribe('c1', { next: () => undefined, end: () => ended.push('c1') });
    await log.create('c2', owner);
    await eventually(() => expect(ended).toEqual(['c1']));
    expect(await log.owner('c1')).toBeUndefined();
  });

  it('ends a listener of a conversation it does not hold', async () => {
    const log = await place.open();
    const ended: string[] = [];
    log.subscribe('nope', { next: () => undefined, end: () => ended.push('nope') });
    await eventually(() => expect(ended).toEqual(['nope']));
  });

  it('forgets a conversation idle for too long, unless a stream is listening to it', async () => {
    const clock = manualClock('2026-11-24T10:00:00Z');
    const log = await place.open({ idleMs: 1000, clock });
    await log.create('quiet', owner);
    await log.create('watched', owner);
    const seen: number[] = [];
    log.subscribe('watched', { next: (page) => seen.push(page.watermark), end: () => undefined });
    clock.advance(1001);
    expect(await log.owner('quiet')).toBeUndefined();
    expect(await log.owner('watched')).toEqual(owner);
    await log.append('watched', [message('still here')]);
    await eventually(() => expect(seen).toEqual([1]));
    expect(await log.create('quiet', owner)).toBe(true);
    expect(await log.read('quiet', 0)).toEqual({ activities: [], watermark: 0 });
  });

  it('tells listeners of each append in order, and keeps notifying the others when one of them throws', async () => {
    const log = await place.open();
    await log.create('c1', owner);
    const seen: LoggedPage[] = [];
    log.subscribe('c1', { next: () => { throw new Error('socket gone'); }, end: () => undefined });
    const stop = log.subscribe('c1', { next: (page) => seen.push(page), end: () => undefined });
    const first = await log.append('c1', [message('hello'), message('there')]);
    const second = await log.append('c1', [message('again')]);
    await eventually(() => expect(seen).toEqual([{ activities: first, watermark: 2 }, { activities: second, watermark: 3 }]));
    stop();
    await log.append('c1', [message('unheard')]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).toHaveLength(2);
  });

  it('exports a conversation\'s owner and every activity kept, without counting it as use', async () => {
    const clock = manualClock('2026-11-24T10:00:00Z');
    const log = await place.open({ idleMs: 1000, clock });
    const sam = { userId: 'sam-site-id', name: 'Sam', verified: true };
    await log.create('c1', sam);
    const logged = await log.append('c1', [message('my card ends 4242'), { type: 'event', name: 'page', value: { url: '/checkout' } }]);
    clock.advance(600);
    expect(await log.exportConversation('c1')).toEqual({ conversationId: 'c1', owner: sam, activities: logged });
    expect(await log.exportConversation('nope')).toBeUndefined();
    clock.advance(600); // idle since its creation, the export notwithstanding
    expect(await log.read('c1', 0)).toBeUndefined();
  });

  it('erases conversations, ending their streams, and leaves the others alone', async () => {
    const log = await place.open({ maxConversations: 3 });
    await log.create('sam-1', owner);
    await log.create('sam-2', owner);
    await log.create('kim', owner);
    for (const id of ['sam-1', 'sam-2', 'kim']) await log.append(id, [message(`words of ${id}`)]);
    const ended: string[] = [];
    log.subscribe('sam-1', { next: () => undefined, end: () => ended.push('sam-1') });
    log.subscribe('kim', { next: () => undefined, end: () => ended.push('kim') });
    expect(await log.erase(['sam-1', 'sam-2', 'sam-1', 'never-here'])).toBe(2);
    await eventually(() => expect(ended).toEqual(['sam-1']));
    for (const id of ['sam-1', 'sam-2']) {
      expect(await log.read(id, 0)).toBeUndefined();
      expect(await log.exportConversation(id)).toBeUndefined();
      expect(await log.append(id, [message('after')])).toBeUndefined();
    }
    expect((await log.read('kim', 0))?.activities.map((a) => a.text)).toEqual(['words of kim']);
    expect(await log.erase(['sam-1'])).toBe(0);
    expect(await log.erase([])).toBe(0);
    // The erased conversations count no more against the bounds: two more fit beside kim.
    await log.create('new-1', owner);
    await log.create('new-2', owner);
    expect(await log.owner('kim')).toEqual(owner);
  });

  it('purges conversations whose last activity is older than a time, or, with none, last used before it', async () => {
    const clock = manualClock('2026-01-10T10:00:00Z');
    const log = await place.open({ idleMs: 365 * 24 * 3600_000, clock });
    const at = (timestamp: string, text: string) => ({ ...message(text), timestamp });
    await log.create('old', owner);
    await log.append('old', [at('2026-01-10T10:00:00.000Z', 'an old question')]);
    await log.create('empty-old', owner);
    clock.set('2026-03-01T10:00:00Z');
    await log.create('recent', owner);
    await log.append('recent', [at('2026-01-10T10:00:00.000Z', 'a first question'), at('2026-03-01T10:00:00.000Z', 'a recent one')]);
    await log.create('empty-recent', owner);
    const ended: string[] = [];
    log.subscribe('old', { next: () => undefined, end: () => ended.push('old') });
    expect(await log.read('old', 0)).toBeDefined(); // used lately, but its words are old
    expect(await log.purge(new Date('2026-02-01T00:00:00Z'))).toBe(2);
    await eventually(() => expect(ended).toEqual(['old']));
    expect(await log.read('old', 0)).toBeUndefined();
    expect(await log.owner('empty-old')).toBeUndefined();
    expect((await log.read('recent', 0))?.activities.map((a) => a.text)).toEqual(['a first question', 'a recent one']);
    expect(await log.owner('empty-recent')).toEqual(owner);
    expect(await log.purge(new Date('2026-02-01T00:00:00Z'))).toBe(0);
  });

  (persistent ? it : it.skip)('ends the streams another process holds on a conversation it erases', async () => {
    const server = await place.open({ sweepMs: 20 });
    const command = await place.open();
    await server.create('c1', owner);
    await server.append('c1', [message('hello')]);
    const ended: string[] = [];
    server.subscribe('c1', { next: () => undefined, end: () => ended.push('c1') });
    expect(await command.erase(['c1'])).toBe(1);
    await eventually(() => expect(ended).toEqual(['c1']));
    expect(await server.read('c1', 0)).toBeUndefined();
  });

  (persistent ? it : it.skip)('carries on after a restart: the owner, the activities kept, the numbering and the bounds', async () => {
    const before = await place.open({ maxActivities: 4 });
    await before.create('c1', { userId: 'u1', name: 'Sam' });
    await before.append('c1', ['a', 'b', 'c'].map(message));
    await before.close();
    const after = await place.open({ maxActivities: 4 });
    expect(await after.owner('c1')).toEqual({ userId: 'u1', name: 'Sam' });
    expect(await after.create('c1', owner)).toBe(false);
    expect((await after.append('c1', [message('d'), message('e')]))?.map((a) => a.id)).toEqual(['c1|0000004', 'c1|0000005']);
    const page = await after.read('c1', 0);
    expect(page?.activities.map((a) => `${a.id} ${a.text}`)).toEqual(['c1|0000002 b', 'c1|0000003 c', 'c1|0000004 d', 'c1|0000005 e']);
    expect(page?.watermark).toBe(5);
  });

  (persistent ? it : it.skip)('lets a listener on one process hear what another appends', async () => {
    const one = await place.open();
    const two = await place.open();
    await one.create('c1', owner);
    const seen: string[] = [];
    two.subscribe('c1', { next: (page) => seen.push(...page.activities.map((a) => `${a.id} ${a.text}`)), end: () => undefined });
    await one.append('c1', [message('from one')]);
    await two.append('c1', [message('from two')]);
    if (_name === 'in SQLite') {
      // One process per SQLite file: only appends of the same process are heard.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(seen).toEqual(['c1|0000002 from two']);
    } else {
      await eventually(() => expect(seen).toEqual(['c1|0000001 from one', 'c1|0000002 from two']));
    }
  });
});
