// `baton data` and web chat: customers chat over Direct Line with a server on a real port whose
// activity log is the store's (SQLite file, or Redis under a test prefix), then the command, with
// stores of its own as a separate process has, exports their activities, erases them (the rows and
// keys go, the log answers undefined, an open stream ends) and purges those older than the retention.
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { createDirectLineChannel, type DirectLineChannel } from '../../adapters/directline/directLineChannel';
import { dataCommand } from '../../src/cli/dataCommand';
import { manualClock } from '../../src/runtime/clock';
import { createRuntime } from '../../src/runtime/createRuntime';
import { createServer } from '../../src/server/createServer';
import { createLogger } from '../../src/server/logger';
import { DEFAULT_LIMITS } from '../../src/server/serverContext';
import { openSqliteDatabase } from '../../src/store/openSqliteDatabase';
import { sqliteStores, type BatonStores } from '../../src/store/openStores';
import { redisStores } from '../../src/store/redisStores';
import { captureIO } from '../support/captureIO';
import { useCommandDataDir } from '../support/commandDataDir';
import { call, say, type StartedConversation } from '../support/directLineHttp';
import { REDIS_AVAILABLE, REDIS_URL } from '../support/redisForTests';
import { sampleBot } from '../support/startTestServer';
import { openStream } from '../support/streamFrames';
import { useTestRedis } from '../support/testRedis';

const MANIFEST = join(__dirname, '..', '..', 'bots', 'acme.yaml');
const SECRET = 'site-backend-secret';
// A Tuesday morning in London: the orders queue is open.
const CHATTED_AT = '2026-11-24T10:00:00Z';

/** What a test reads straight from where the store keeps the log. */
interface Held {
  /** How many activities, and whether the conversation's own record is still there. */
  of(conversationId: string): Promise<{ activities: number; conversation: boolean }>;
}

interface Place {
  open(): Promise<BatonStores>;
  held(): Held;
  /** Ends after each test: puts the environment back, closes what it opened. */
  close(): Promise<void>;
}

const redis = useTestRedis('dldata');

const places: Array<[string, () => Place]> = [
  ['SQLite', () => {
    const { dir, restore } = useCommandDataDir('baton-dldata-');
    let db: Database.Database | undefined;
    return {
      open: async () => sqliteStores(join(dir, 'acme.db')),
      held: () => {
        db ??= openSqliteDatabase(join(dir, 'acme.db'));
        const activities = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM directline_activities WHERE conversation_id = ?');
        const conversation = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM directline_conversations WHERE id = ?');
        return { of: async (id) => ({ activities: activities.get(id)!.n, conversation: conversation.get(id)!.n === 1 }) };
      },
      close: async () => {
        db?.close();
        restore();
      },
    };
  }],
  ...(REDIS_AVAILABLE ? [['Redis', () => {
    const prefix = redis.prefix();
    const before = { BATON_STORE: process.env.BATON_STORE, BATON_REDIS_PREFIX: process.env.BATON_REDIS_PREFIX };
    process.env.BATON_STORE = REDIS_URL;
    process.env.BATON_REDIS_PREFIX = prefix;
    return {
      open: () => redisStores(REDIS_URL, prefix),
      held: () => ({
        of: async (id: string) => ({
          activities: await redis.client().lLen(`${prefix}:dl:a:${id}`),
          conversation: (await redis.client().exists(`${prefix}:dl:c:${id}`)) === 1 || (await redis.client().zScore(`${prefix}:dl:lru`, id)) !== null,
        }),
      }),
      close: async () => {
        for (const [name, value] of Object.entries(before)) {
          if (value === undefined) delete process.env[name];
          else process.env[name] = value;
        }
      },
    };
  }] as [string, () => Place]] : []),
];

describe.each(places)('baton data with web chat conversations in %s', (_name, makePlace) => {
  let place: Place;
  let stores: BatonStores;
  let directLine: DirectLineChannel;
  let domain: string;
  let stop: () => Promise<void>;

  beforeEach(async () => {
    place = makePlace();
    stores = await place.open();
    const { bot, nlu } = sampleBot();
    const clock = manualClock(CHATTED_AT);
    const runtime = createRuntime({ bot, nlu, store: stores.conversations, clock, lock: stores.lock });
    directLine = createDirectLineChannel({ secret: SECRET, log: stores.directLine.activityLog(), clock });
    const server = createServer({ runtime, store: stores.conversations, log: createLogger('silent'), limits: DEFAULT_LIMITS }, [directLine]);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    domain = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3/directline`;
    stop = async () => {
      await directLine.close?.();
      (server.server as HttpServer).closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stores.close();
    };
  });
  afterEach(async () => {
    await stop();
    await place.close();
  });

  /** A customer the site's backend names, who says something. */
  const chat = async (userId: string, text: string): Promise<StartedConversation> => {
    const generated = await call(domain, 'POST', '/tokens/generate', { token: SECRET, body: { user: { id: userId, name: userId } } });
    const started = await call(domain, 'POST', '/conversations', { token: generated.body.token });
    expect(started.status).toBe(201);
    const c = started.body as StartedConversation;
    expect((await call(domain, 'POST', `/conversations/${c.conversationId}/activities`, { token: c.token, body: { ...say(text), channelData: { page: '/checkout' } } })).status).toBe(200);
    return c;
  };

  it('exports a customer\'s web chat activities beside their transcript', async () => {
    const sam = await chat('sam-site-id', 'how much is shipping?');
    await chat('kim-site-id', 'hello');
    const c = captureIO();
    expect(await dataCommand(['export', 'web:sam-site-id'], { bot: MANIFEST }, c.io)).toBe(0);
    const exported = JSON.parse(c.out.join('\n'));
    expect(exported.webChat).toHaveLength(1);
    const [conversation] = exported.webChat;
    expect(conversation).toMatchObject({ conversationId: sam.conversationId, owner: { userId: 'sam-site-id', name: 'sam-site-id', verified: true } });
    const said = conversation.activities.find((a: { from: { role: string } }) => a.from.role === 'user');
    expect(said).toMatchObject({ text: 'how much is shipping?', channelData: { page: '/checkout' } });
    expect(conversation.activities.filter((a: { type: string; from: { role: string } }) => a.type === 'message' && a.from.role === 'bot').length).toBeGreaterThan(0);
    expect(exported.conversations.map((x: { conversationId: string }) => x.conversationId)).toEqual([sam.conversationId]);
  });

  it('erases a customer\'s web chat activities, ends the stream open on them, and leaves other customers\' alone', async () => {
    const sam = await chat('sam-site-id', 'how much is shipping?');
    const kim = await chat('kim-site-id', 'hello');
    const held = place.held();
    expect((await held.of(sam.conversationId)).activities).toBeGreaterThan(2);
    const stream = await openStream(sam.streamUrl);
    await stream.waitFor((a) => a.text === 'how much is shipping?');
    const closed = new Promise<string>((resolve) => stream.socket.once('close', (_code, reason) => resolve(String(reason))));

    const c = captureIO();
    expect(await dataCommand(['erase', 'web:sam-site-id'], { bot: MANIFEST }, c.io)).toBe(0);
    expect(c.out[0]).toMatch(/^Erased customer .*: 1 conversation\(s\) with their transcripts, 0 handoff\(s\), \d+ analytics event\(s\), 1 web chat conversation\(s\) with their activities, and the profile\.$/);
    expect(await held.of(sam.conversationId)).toEqual({ activities: 0, conversation: false });
    expect(await stores.directLine.activityLog().read(sam.conversationId, 0)).toBeUndefined();
    expect((await call(domain, 'GET', `/conversations/${sam.conversationId}/activities`, { token: sam.token })).status).toBe(404);
    // Redis tells every process at once; a SQLite server hears of it at its next sweep (once a minute).
    if (stores.kind === 'redis') expect(await closed).toBe('conversation ended');
    else stream.close();

    expect((await held.of(kim.conversationId)).activities).toBeGreaterThan(2);
    expect((await call(domain, 'GET', `/conversations/${kim.conversationId}/activities`, { token: kim.token })).body.activities.map((a: { text?: string }) => a.text)).toContain('hello');
  });

  it('purges web chat conversations older than the retention, those the engine has no state for too', async () => {
    const sam = await chat('sam-site-id', 'how much is shipping?');
    // A conversation the log holds and the engine does not: its last activity is as old.
    const log = stores.directLine.activityLog();
    await log.create('dl-stateless', { userId: 'u-stateless' });
    await log.append('dl-stateless', [{ type: 'message', text: 'anyone there?', timestamp: '2026-11-24T10:00:00.000Z' }]);
    const held = place.held();

    const early = captureIO();
    expect(await dataCommand(['purge'], { bot: MANIFEST, days: '3' }, early.io, () => new Date('2026-11-26T10:00:00Z'))).toBe(0);
    expect(early.out[0]).toBe('Deleted 0 conversation(s) idle since before 2026-11-23T10:00:00.000Z and 0 handoff(s) closed before then.');
    expect((await held.of(sam.conversationId)).conversation).toBe(true);

    const c = captureIO();
    expect(await dataCommand(['purge'], { bot: MANIFEST, days: '3' }, c.io, () => new Date('2026-11-28T10:00:00Z'))).toBe(0);
    expect(c.out[0]).toBe('Deleted 1 conversation(s) idle since before 2026-11-25T10:00:00.000Z, 2 web chat conversation(s) with their activities and 0 handoff(s) closed before then.');
    for (const id of [sam.conversationId, 'dl-stateless']) {
      expect(await held.of(id)).toEqual({ activities: 0, conversation: false });
      expect(await log.read(id, 0)).toBeUndefined();
    }
  });
});
