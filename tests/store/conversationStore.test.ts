// The conversation store contract, run against every implementation: states, full transcripts,
// fencing, customer profiles across channels, retention and privacy requests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RedisClientType } from 'redis';
import { newConversation, TRANSCRIPT_LIMIT, type ConversationState, type TranscriptEntry } from '../../src/engine/conversationState';
import type { ConversationStore } from '../../src/store/conversationStore';
import { createMemoryStore } from '../../src/store/memoryStore';
import { createRedisStore } from '../../src/store/redisStore';
import { createSqliteStore } from '../../src/store/sqliteStore';
import { LeaseLostError } from '../../src/store/turnLease';
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

interface Subject {
  readonly store: ConversationStore;
  /** For a store shared by processes, which fences saves: the lease key of a name, and who holds it (undefined: nobody). */
  readonly leases?: { key(name: string): string; hold(name: string, token: string | undefined): Promise<void> };
  /** The Redis keys the store wrote under its prefix. */
  readonly redisKeys?: () => Promise<string[]>;
}

const sqliteFile = (): string => join(dir, `${Math.random().toString(36).slice(2)}.db`);

function redisSubject(): Subject {
  const client = redis;
  if (!client) throw new Error(`Redis answered the probe but not the client at ${REDIS_URL}`);
  const prefix = `baton-test-${process.pid}-c${prefixes.length}`;
  prefixes.push(prefix);
  return {
    // closing the store would quit the shared client: the test's afterAll does that
    store: { ...createRedisStore(client, { prefix, idleSeconds: 3600 }), close: async () => undefined },
    leases: {
      key: (name) => `${prefix}:${name}`,
      hold: async (name, token) => { if (token === undefined) await client.del(`${prefix}:${name}`); else await client.set(`${prefix}:${name}`, token); },
    },
    redisKeys: async () => client.keys(`${prefix}:*`),
  };
}

const subjects: Array<[string, () => Subject]> = [
  ['memory', () => ({ store: createMemoryStore() })],
  ['SQLite', () => ({ store: createSqliteStore(sqliteFile()) })],
  ...(REDIS_AVAILABLE ? [['Redis', redisSubject] as [string, () => Subject]] : []),
];

if (!REDIS_AVAILABLE) {
  describe.skip(`the Redis store (skipped: no Redis server at ${REDIS_URL})`, () => {
    it('runs the same contract', () => undefined);
  });
}

const T0 = Date.parse('2026-01-05T09:00:00Z');
/** A time `minutes` after T0, as the engine writes it. */
const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();

/** The state after a turn that added these transcript entries, kept the way the engine keeps them. */
function said(state: ConversationState, texts: readonly string[], when: string): ConversationState {
  const entries: TranscriptEntry[] = texts.map((text, i) => ({ at: when, from: i % 2 === 0 ? 'customer' : 'bot', text }));
  return {
    ...state,
    turn: state.turn + 1,
    transcript: [...state.transcript, ...entries].slice(-TRANSCRIPT_LIMIT),
    transcriptTotal: state.transcriptTotal + entries.length,
  };
}

const texts = (entries: readonly TranscriptEntry[]): string[] => entries.map((e) => e.text);

describe.each(subjects)('the %s store', (_name, make) => {
  let subject: Subject;
  let store: ConversationStore;
  beforeEach(() => {
    subject = make();
    store = subject.store;
  });
  afterEach(() => store.close());

  describe('states', () => {
    it('hands back exactly the state it saved, separately per bot and conversation', async () => {
      const a: ConversationState = {
        ...said({ ...newConversation('acme', 'c1'), slots: { order_id: '12345', gift: false, count: 2 } }, ['Où est ma commande ? 📦', 'Which order is it?'], at(0)),
        customer: { channel: 'msteams', userId: '29:1abc', name: 'Ann', aadObjectId: '0f3c9a52' },
        stack: [{ flow: 'return_item', state: 'start', attempts: 1, waiting: { kind: 'slot', slot: 'reason' } }],
        prompt: { kind: 'didYouMean', options: ['order_status', 'return_item'] },
      };
      await store.saveState(a);
      await store.saveState(newConversation('other', 'c1'));
      expect(await store.loadState('acme', 'c1')).toStrictEqual(a);
      expect(await store.loadState('acme', 'c2')).toBeUndefined();
      expect(await store.loadState('other', 'c1')).toStrictEqual(newConversation('other', 'c1'));
    });

    it('gives every stored state of one bot, in batches of at most the size asked, and none of another bot', async () => {
      const ids = Array.from({ length: 23 }, (_, i) => `c${String(i).padStart(2, '0')}`);
      for (const id of ids) await store.saveState({ ...said(newConversation('acme', id), ['hi', 'Hello!'], at(0)), slots: { n: id } });
      await store.saveState(newConversation('other', 'c99'));
      const batches = [];
      for await (const batch of store.storedStates('acme', 5)) batches.push(batch);
      expect(batches.every((batch) => batch.length > 0 && batch.length <= 5)).toBe(true);
      const seen = batches.flat();
      expect(seen.map((s) => s.conversationId).sort()).toEqual(ids);
      for (const { conversationId, state } of seen) expect(state).toStrictEqual(await store.loadState('acme', conversationId));
      const none = [];
      for await (const batch of store.storedStates('nobody')) none.push(...batch);
      expect(none).toEqual([]);
    });

    it('overwrites a state with its newer version and answers ping', async () => {
      await store.saveState(newConversation('acme', 'c1'));
      await store.saveState({ ...newConversation('acme', 'c1'), turn: 7 });
      expect(((await store.loadState('acme', 'c1')) as { turn: number }).turn).toBe(7);
      expect(await store.ping()).toBe(true);
    });
  });

  describe('transcripts', () => {
    it('keeps the whole transcript of 450 entries saved over many turns, in order, while the state keeps the latest', async () => {
      let state = newConversation('acme', 'long');
      for (let turn = 0; turn < 150; turn++) {
        state = said(state, [`m${3 * turn}`, `m${3 * turn + 1}`, `m${3 * turn + 2}`], at(turn));
        await store.saveState(state);
      }
      const transcript = await store.transcript('acme', 'long');
      expect(texts(transcript)).toEqual(Array.from({ length: 450 }, (_, i) => `m${i}`));
      expect(transcript[449]).toEqual({ at: at(149), from: 'customer', text: 'm449' });
      const stored = (await store.loadState('acme', 'long')) as ConversationState;
      expect(stored.transcript).toHaveLength(TRANSCRIPT_LIMIT);
      expect(stored.transcriptTotal).toBe(450);
    });

    it('appends nothing when the same state is saved twice', async () => {
      const state = said(newConversation('acme', 'c1'), ['hi', 'Hello!'], at(0));
      await store.saveState(state);
      await store.saveState(state);
      await store.saveState(said(state, ['track my order'], at(1)));
      await store.saveState(said(state, ['track my order'], at(1)));
      expect(texts(await store.transcript('acme', 'c1'))).toEqual(['hi', 'Hello!', 'track my order']);
    });

    it('appends nothing for a state that counts fewer entries than are stored, such as a reset one', async () => {
      await store.saveState(said(newConversation('acme', 'c1'), ['one', 'two', 'three'], at(0)));
      await store.saveState(said(newConversation('acme', 'c1'), ['again'], at(1)));
      expect(texts(await store.transcript('acme', 'c1'))).toEqual(['one', 'two', 'three']);
      expect(await store.loadState('acme', 'c1')).toMatchObject({ transcriptTotal: 1 });
    });

    it('keeps transcripts per bot, and has none for an unknown conversation', async () => {
      await store.saveState(said(newConversation('acme', 'c1'), ['for acme'], at(0)));
      await store.saveState(said(newConversation('other', 'c1'), ['for other'], at(0)));
      expect(texts(await store.transcript('acme', 'c1'))).toEqual(['for acme']);
      expect(texts(await store.transcript('other', 'c1'))).toEqual(['for other']);
      expect(await store.transcript('acme', 'nobody')).toEqual([]);
    });
  });

  describe('leases', () => {
    it('saves under a lease its holder still holds', async () => {
      await subject.leases?.hold('lock:acme:c1', 'mine');
      const state = said(newConversation('acme', 'c1'), ['hi'], at(0));
      await store.saveState(state, { lease: { key: leaseKey(subject, 'lock:acme:c1'), token: 'mine' } });
      expect(await store.loadState('acme', 'c1')).toStrictEqual(state);
      expect(texts(await store.transcript('acme', 'c1'))).toEqual(['hi']);
    });

    it('refuses a save under a lease another holder took, or that expired, and writes nothing (Redis: fencing); single-process stores ignore the lease', async () => {
      const before = said(newConversation('acme', 'c1'), ['hi'], at(0));
      await store.saveState(before);
      const late = said(before, ['too late'], at(1));
      const key = leaseKey(subject, 'lock:acme:c1');
      if (!subject.leases) {
        await store.saveState(late, { lease: { key, token: 'stale' } });
        expect(await store.loadState('acme', 'c1')).toStrictEqual(late);
        return;
      }
      await subject.leases.hold('lock:acme:c1', 'another');
      await expect(store.saveState(late, { lease: { key, token: 'mine' } })).rejects.toBeInstanceOf(LeaseLostError);
      await subject.leases.hold('lock:acme:c1', undefined);
      await expect(store.saveState(late, { lease: { key, token: 'mine' } })).rejects.toThrow(/lease on conversation c1 expired/);
      expect(await store.loadState('acme', 'c1')).toStrictEqual(before);
      expect(texts(await store.transcript('acme', 'c1'))).toEqual(['hi']);
    });
  });

  describe('customer profiles', () => {
    it('links a web conversation to a new profile named by its first key, and adds keys without duplicates', async () => {
      const first = await store.linkCustomer('acme', 'web:u-ann', { conversationId: 'web-1', channel: 'webchat', name: 'Ann', at: at(0) });
      expect(first).toEqual({ id: 'web:u-ann', keys: ['web:u-ann'], name: 'Ann', conversations: [{ conversationId: 'web-1', channel: 'webchat', at: at(0) }], createdAt: at(0), updatedAt: at(0) });
      await store.linkCustomer('acme', 'email:ann@example.com', { conversationId: 'web-1', email: 'ann@example.com', at: at(2) });
      const again = await store.linkCustomer('acme', 'web:u-ann', { conversationId: 'web-1', channel: 'webchat', at: at(3) });
      expect(again).toEqual({
        id: 'web:u-ann', keys: ['web:u-ann', 'email:ann@example.com'], name: 'Ann', email: 'ann@example.com',
        conversations: [{ conversationId: 'web-1', channel: 'webchat', at: at(0) }], createdAt: at(0), updatedAt: at(3),
      });
      expect(await store.customer('acme', 'email:ann@example.com')).toEqual(again);
      expect(await store.customerOf('acme', 'web-1')).toEqual(again);
      expect(await store.customer('acme', 'web:nobody')).toBeUndefined();
      expect(await store.customerOf('acme', 'nowhere')).toBeUndefined();
      expect(await store.customer('other', 'web:u-ann')).toBeUndefined();
    });

    it('merges the web and Teams profiles of one customer when a key of one reaches a conversation of the other', async () => {
      await store.linkCustomer('acme', 'web:u-ann', { conversationId: 'web-1', channel: 'webchat', at: at(0) });
      await store.linkCustomer('acme', 'email:ann@example.com', { conversationId: 'web-1', email: 'ann@example.com', at: at(1) });
      const teams = await store.linkCustomer('acme', 'aad:0f3c', { conversationId: 'teams-1', channel: 'msteams', name: 'Ann Smith', at: at(60) });
      expect(teams.id).toBe('aad:0f3c');
      // the customer gives the same email in Teams: that key belongs to the web profile
      const merged = await store.linkCustomer('acme', 'email:ann@example.com', { conversationId: 'teams-1', at: at(61) });
      expect(merged).toEqual({
        id: 'web:u-ann',
        keys: ['web:u-ann', 'email:ann@example.com', 'aad:0f3c'],
        name: 'Ann Smith',
        email: 'ann@example.com',
        conversations: [{ conversationId: 'web-1', channel: 'webchat', at: at(0) }, { conversationId: 'teams-1', channel: 'msteams', at: at(60) }],
        createdAt: at(0),
        updatedAt: at(61),
      });
      for (const key of ['aad:0f3c', 'web:u-ann', 'email:ann@example.com']) expect(await store.customer('acme', key)).toEqual(merged);
      expect(await store.customerOf('acme', 'teams-1')).toEqual(merged);
    });

    it('merges when a conversation already linked to one profile is linked to a key of another', async () => {
      await store.linkCustomer('acme', 'aad:0f3c', { conversationId: 'teams-1', channel: 'msteams', at: at(0) });
      await store.linkCustomer('acme', 'web:u-ann', { conversationId: 'web-1', channel: 'webchat', at: at(10) });
      const merged = await store.linkCustomer('acme', 'web:u-ann', { conversationId: 'teams-1', at: at(20) });
      expect(merged).toMatchObject({ id: 'aad:0f3c', keys: ['aad:0f3c', 'web:u-ann'], createdAt: at(0), updatedAt: at(20) });
      expect(merged.conversations.map((c) => c.conversationId)).toEqual(['teams-1', 'web-1']);
      expect(await store.customer('acme', 'web:u-ann')).toEqual(merged);
      expect(await store.customerOf('acme', 'web-1')).toEqual(merged);
    });

    it('ends with one profile holding every key when many links of one conversation arrive at once', async () => {
      const keys = Array.from({ length: 8 }, (_, i) => `web:device-${i}`);
      await Promise.all(keys.map((key, i) => store.linkCustomer('acme', key, { conversationId: 'web-1', at: at(i) })));
      const profile = await store.customerOf('acme', 'web-1');
      expect([...(profile?.keys ?? [])].sort()).toEqual(keys);
      for (const key of keys) expect((await store.customer('acme', key))?.id).toBe(profile?.id);
      expect(profile?.conversations).toHaveLength(1);
    });
  });

  describe('retention and privacy', () => {
    /** Ann: an old web conversation and a recent Teams one; Bob: an old one only; and an old one of another bot. */
    const seed = async (): Promise<Record<'annOld' | 'annNew' | 'bobOld', ConversationState>> => {
      const annOld = said(newConversation('acme', 'web-old'), ['hello', 'Hello!'], '2026-01-10T08:00:00.000Z');
      const annNew = said(said(newConversation('acme', 'teams-new'), ['hi again'], '2026-03-01T08:00:00.000Z'), ['Welcome back'], '2026-03-01T08:00:01.000Z');
      const bobOld = said(newConversation('acme', 'web-bob'), ['anyone there?'], '2026-01-20T08:00:00.000Z');
      for (const state of [annOld, annNew, bobOld]) await store.saveState(state);
      await store.saveState(said(newConversation('other', 'web-old'), ['other bot'], '2026-01-10T08:00:00.000Z'));
      await store.linkCustomer('acme', 'web:u-ann', { conversationId: 'web-old', channel: 'webchat', at: '2026-01-10T08:00:00.000Z' });
      await store.linkCustomer('acme', 'web:u-ann', { conversationId: 'teams-new', channel: 'msteams', at: '2026-03-01T08:00:00.000Z' });
      await store.linkCustomer('acme', 'aad:ann', { conversationId: 'teams-new', at: '2026-03-01T08:00:00.000Z' });
      await store.linkCustomer('acme', 'web:u-bob', { conversationId: 'web-bob', at: '2026-01-20T08:00:00.000Z' });
      return { annOld, annNew, bobOld };
    };

    it('purges the conversations last active before a date, with their transcripts and links, and profiles left empty', async () => {
      const { annNew } = await seed();
      await store.saveState(newConversation('acme', 'no-entries-yet')); // active now
      expect(await store.purge('acme', new Date('2026-02-01T00:00:00Z'))).toBe(2);
      await expectGone(store, ['web-old', 'web-bob']);
      expect(await store.loadState('acme', 'teams-new')).toStrictEqual(annNew);
      expect(await store.loadState('acme', 'no-entries-yet')).toBeDefined();
      expect((await store.customer('acme', 'aad:ann'))?.conversations.map((c) => c.conversationId)).toEqual(['teams-new']);
      expect(await store.customer('acme', 'web:u-bob')).toBeUndefined();
      expect(texts(await store.transcript('other', 'web-old'))).toEqual(['other bot']);
      expect(await store.purge('acme', new Date('2026-02-01T00:00:00Z'))).toBe(0);
    });

    it('exports a customer: the profile, and each conversation with its state and full transcript', async () => {
      const { annOld, annNew } = await seed();
      const exported = await store.exportCustomer('acme', 'aad:ann');
      expect(exported).toEqual({
        profile: await store.customer('acme', 'web:u-ann'),
        conversations: [
          { conversationId: 'web-old', state: annOld, transcript: annOld.transcript },
          { conversationId: 'teams-new', state: annNew, transcript: annNew.transcript },
        ],
      });
      expect(exported?.profile.keys).toEqual(['web:u-ann', 'aad:ann']);
      expect(await store.exportCustomer('acme', 'web:nobody')).toBeUndefined();
    });

    it('erases a customer: profile, keys, conversations and transcripts, and nothing of anyone else', async () => {
      const { bobOld } = await seed();
      expect(await store.eraseCustomer('acme', 'aad:ann')).toBe(2);
      for (const key of ['web:u-ann', 'aad:ann']) expect(await store.customer('acme', key)).toBeUndefined();
      await expectGone(store, ['web-old', 'teams-new']);
      expect(await store.loadState('acme', 'web-bob')).toStrictEqual(bobOld);
      expect(await store.customer('acme', 'web:u-bob')).toBeDefined();
      expect(await store.loadState('other', 'web-old')).toBeDefined();
      expect(await store.eraseCustomer('acme', 'aad:ann')).toBe(0);
      // and a purge afterwards finds nothing left of them to count
      expect(await store.purge('acme', new Date('2026-01-15T00:00:00Z'))).toBe(0);
      if (subject.redisKeys) expect((await subject.redisKeys()).filter((k) => /:acme:(web-old|teams-new)$/.test(k))).toEqual([]);
    });
  });
});

/** Nothing is left of these conversations of acme: no state, transcript or profile link. */
async function expectGone(store: ConversationStore, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    expect(await store.loadState('acme', id)).toBeUndefined();
    expect(await store.transcript('acme', id)).toEqual([]);
    expect(await store.customerOf('acme', id)).toBeUndefined();
  }
}

/** The lease key as the store sees it: Redis keys live under the test's prefix. */
const leaseKey = (subject: Subject, name: string): string => subject.leases?.key(name) ?? name;

describe('the memory store', () => {
  it('forgets the least recently used conversation beyond its maximum', async () => {
    const store = createMemoryStore({ maxConversations: 2 });
    for (const id of ['a', 'b', 'c']) await store.saveState(said(newConversation('acme', id), [id], at(0)));
    expect(await store.loadState('acme', 'a')).toBeUndefined();
    expect(await store.transcript('acme', 'a')).toEqual([]);
    expect(await store.loadState('acme', 'c')).toBeDefined();
  });

  it('forgets a conversation and a profile left idle too long', async () => {
    const store = createMemoryStore({ idleMs: 30 });
    await store.saveState(newConversation('acme', 'a'));
    await store.linkCustomer('acme', 'web:u1', { conversationId: 'a', at: at(0) });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await store.loadState('acme', 'a')).toBeUndefined();
    expect(await store.customer('acme', 'web:u1')).toBeUndefined();
    expect(await store.customerOf('acme', 'a')).toBeUndefined();
  });
});

describe('the SQLite store', () => {
  it('keeps states, transcripts and profiles across a reopen of its file', async () => {
    const file = join(dir, 'reopen.db');
    const first = createSqliteStore(file);
    const state = said({ ...newConversation('acme', 'kept'), slots: { email: 'sam@example.com' } }, ['hello'], at(0));
    await first.saveState(state);
    await first.linkCustomer('acme', 'email:sam@example.com', { conversationId: 'kept', at: at(0) });
    await first.close();
    const second = createSqliteStore(file);
    expect(await second.loadState('acme', 'kept')).toStrictEqual(state);
    expect(texts(await second.transcript('acme', 'kept'))).toEqual(['hello']);
    expect((await second.customerOf('acme', 'kept'))?.id).toBe('email:sam@example.com');
    await second.close();
  });
});

(REDIS_AVAILABLE ? describe : describe.skip)('the Redis store', () => {
  it('lets a conversation expire after the idle time, state and transcript alike', async () => {
    const { store, redisKeys } = redisSubject();
    await store.saveState(said(newConversation('acme', 'idle'), ['hi'], at(0)));
    const keys = (await redisKeys!()).filter((k) => k.endsWith(':acme:idle'));
    expect(keys).toHaveLength(3);
    for (const key of keys) {
      const ttl = await redis!.ttl(key);
      expect(ttl).toBeGreaterThan(3500);
      expect(ttl).toBeLessThanOrEqual(3600);
    }
  });
});
