// The agent directory contract, run against every implementation: accounts, passwords kept only as
// hashes, sessions that end after SESSION_HOURS, API tokens that do not, sign-out and removal.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RedisClientType } from 'redis';
import { SESSION_HOURS, type Agent, type AgentDirectory } from '../../src/handoff/agentDirectory';
import { createMemoryAgentDirectory } from '../../src/store/memoryAgentDirectory';
import { openSqliteDatabase } from '../../src/store/openSqliteDatabase';
import { createRedisAgentDirectory } from '../../src/store/redisAgentDirectory';
import { createSqliteAgentDirectory } from '../../src/store/sqliteAgentDirectory';
import { connectRedis, REDIS_AVAILABLE, REDIS_URL } from '../support/redisForTests';
import { useTestRedis } from '../support/testRedis';

const dir = mkdtempSync(join(tmpdir(), 'baton-agents-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const redis = useTestRedis('agents');
let files = 0;

/** A directory, and for stores one can read, everything it keeps as one string. */
type Subject = { readonly directory: AgentDirectory; readonly dump?: () => Promise<string> };

async function redisDump(client: RedisClientType, prefix: string): Promise<string> {
  const values: unknown[] = [];
  for await (const keys of client.scanIterator({ MATCH: `${prefix}:*` })) {
    for (const key of Array.isArray(keys) ? keys : [keys]) {
      const type = await client.type(key);
      values.push(key, type === 'hash' ? await client.hGetAll(key) : type === 'zset' ? await client.zRange(key, 0, -1) : await client.get(key));
    }
  }
  return JSON.stringify(values);
}

const subjects: Array<[string, () => Subject]> = [
  ['memory', () => ({ directory: createMemoryAgentDirectory() })],
  ['SQLite', () => {
    const db = openSqliteDatabase(join(dir, `${++files}.db`));
    const directory = createSqliteAgentDirectory(db);
    return { directory, dump: async () => JSON.stringify([...db.prepare('SELECT * FROM agent').all(), ...db.prepare('SELECT * FROM agent_token').all()]) };
  }],
  ...(REDIS_AVAILABLE ? [['Redis', () => {
    const client = redis.client();
    const prefix = redis.prefix();
    return { directory: createRedisAgentDirectory(client, { prefix }), dump: () => redisDump(client, prefix) };
  }] as [string, () => Subject]] : []),
];

if (!REDIS_AVAILABLE) {
  describe.skip(`the Redis agent directory (skipped: no Redis server at ${REDIS_URL})`, () => {
    it('runs the same contract', () => undefined);
  });
}

const ann: Agent = { id: 'ann', name: 'Ann Agent', queues: ['orders'], capacity: 3 };
const bob: Agent = { id: 'bob', name: 'Bob', queues: ['orders', 'billing'], capacity: 1 };
const now = new Date('2026-11-24T10:00:00Z');
const hoursLater = (hours: number): Date => new Date(now.getTime() + hours * 3600_000);

describe.each(subjects)('the %s agent directory', (name, make) => {
  it('saves accounts, gets them by id and lists them by id', async () => {
    const { directory } = make();
    await directory.save(bob, 'bob-password');
    await directory.save(ann, 'correct horse');
    expect(await directory.get('ann')).toEqual(ann);
    expect(await directory.get('nobody')).toBeUndefined();
    expect(await directory.list()).toEqual([ann, bob]);
  });

  it('keeps the languages an agent speaks, and changes or drops them on an update', async () => {
    const { directory } = make();
    const sofia: Agent = { id: 'sofia', name: 'Sofía', queues: ['orders'], capacity: 2, languages: ['en', 'es'] };
    await directory.save(sofia, 'sofia-password');
    expect(await directory.get('sofia')).toEqual(sofia);
    await directory.save({ ...sofia, languages: ['es'] }, 'sofia-password');
    expect((await directory.get('sofia'))?.languages).toEqual(['es']);
    await directory.save(ann, 'correct horse');
    const token = (await directory.signIn('ann', 'correct horse', now))!;
    expect(await directory.authenticate(token, now)).toEqual(ann);
    expect((await directory.get('ann'))?.languages).toBeUndefined();
  });

  it('signs in with the right password only', async () => {
    const { directory } = make();
    await directory.save(ann, 'correct horse');
    expect(await directory.signIn('ann', 'wrong password', now)).toBeUndefined();
    expect(await directory.signIn('nobody', 'correct horse', now)).toBeUndefined();
    const token = (await directory.signIn('ann', 'correct horse', now))!;
    expect(await directory.authenticate(token, now)).toEqual(ann);
    expect(await directory.authenticate('not-a-token', now)).toBeUndefined();
  });

  // What a store writes where others can read it (a file, a server); memory keeps nothing outside the process.
  (name === 'memory' ? it.skip : it)('keeps no password or token in clear', async () => {
    const { directory, dump } = make();
    await directory.save(ann, 'correct horse');
    const token = (await directory.signIn('ann', 'correct horse', now))!;
    const api = await directory.createApiToken('ann');
    const kept = await dump!();
    expect(kept).toContain('ann');
    expect(kept).not.toContain('correct horse');
    expect(kept).not.toContain(token);
    expect(kept).not.toContain(api);
  });

  it('refuses a password under 8 characters and saves nothing', async () => {
    const { directory } = make();
    await expect(directory.save(bob, 'short')).rejects.toThrow('A password needs at least 8 characters.');
    expect(await directory.get('bob')).toBeUndefined();
    await directory.save(ann, 'correct horse');
    await expect(directory.save({ ...ann, name: 'Ann Lee' }, 'short')).rejects.toThrow(/at least 8/);
    expect(await directory.get('ann')).toEqual(ann);
    expect(await directory.signIn('ann', 'correct horse', now)).toBeDefined();
  });

  it(`ends a session ${SESSION_HOURS} hours after sign-in`, async () => {
    const { directory } = make();
    await directory.save(ann, 'correct horse');
    const token = (await directory.signIn('ann', 'correct horse', now))!;
    expect(await directory.authenticate(token, hoursLater(SESSION_HOURS - 1))).toEqual(ann);
    expect(await directory.authenticate(token, hoursLater(SESSION_HOURS))).toBeUndefined();
  });

  it('issues API tokens that do not expire, only to agents that exist', async () => {
    const { directory } = make();
    await directory.save(ann, 'correct horse');
    const token = await directory.createApiToken('ann');
    expect(await directory.authenticate(token, hoursLater(24 * 365 * 5))).toEqual(ann);
    await expect(directory.createApiToken('nobody')).rejects.toThrow('No agent "nobody".');
  });

  it('ends only the signed-out token', async () => {
    const { directory } = make();
    await directory.save(ann, 'correct horse');
    const first = (await directory.signIn('ann', 'correct horse', now))!;
    const second = (await directory.signIn('ann', 'correct horse', now))!;
    await directory.signOut(second);
    expect(await directory.authenticate(second, now)).toBeUndefined();
    expect(await directory.authenticate(first, now)).toEqual(ann);
    await directory.signOut('never-issued');
  });

  it('removes an account with its sessions and API tokens, and a new account of that id gets none of them', async () => {
    const { directory } = make();
    await directory.save(ann, 'correct horse');
    await directory.save(bob, 'bob-password');
    const session = (await directory.signIn('ann', 'correct horse', now))!;
    const api = await directory.createApiToken('ann');
    const bobs = (await directory.signIn('bob', 'bob-password', now))!;
    await directory.remove('ann');
    expect(await directory.get('ann')).toBeUndefined();
    expect(await directory.list()).toEqual([bob]);
    await directory.save(ann, 'another password');
    expect(await directory.authenticate(session, now)).toBeUndefined();
    expect(await directory.authenticate(api, now)).toBeUndefined();
    expect(await directory.authenticate(bobs, now)).toEqual(bob);
    await directory.remove('nobody');
  });

  it('keeps tokens valid through an update, which changes the details and the password', async () => {
    const { directory } = make();
    await directory.save(ann, 'correct horse');
    const session = (await directory.signIn('ann', 'correct horse', now))!;
    const api = await directory.createApiToken('ann');
    const updated: Agent = { ...ann, name: 'Ann Lee', queues: ['orders', 'billing'], capacity: 5 };
    await directory.save(updated, 'battery staple');
    expect(await directory.authenticate(session, now)).toEqual(updated);
    expect(await directory.authenticate(api, now)).toEqual(updated);
    expect(await directory.signIn('ann', 'correct horse', now)).toBeUndefined();
    expect(await directory.signIn('ann', 'battery staple', now)).toBeDefined();
  });
});

describe('the SQLite agent directory', () => {
  it('keeps accounts and tokens across a reopen of its database file', async () => {
    const file = join(dir, 'reopen.db');
    const first = openSqliteDatabase(file);
    const before = createSqliteAgentDirectory(first);
    await before.save(ann, 'correct horse');
    const token = await before.createApiToken('ann');
    first.close();
    const second = openSqliteDatabase(file);
    const after = createSqliteAgentDirectory(second);
    expect(await after.authenticate(token, now)).toEqual(ann);
    expect(await after.signIn('ann', 'correct horse', now)).toBeDefined();
    second.close();
  });
});

(REDIS_AVAILABLE ? describe : describe.skip)('the Redis agent directory', () => {
  it('lets a session key expire in Redis when the session ends, and keeps API tokens', async () => {
    const client = redis.client();
    const prefix = redis.prefix();
    const directory = createRedisAgentDirectory(client, { prefix });
    await directory.save(ann, 'correct horse');
    await directory.signIn('ann', 'correct horse', new Date());
    await directory.createApiToken('ann');
    const ttls: number[] = [];
    for await (const keys of client.scanIterator({ MATCH: `${prefix}:agent-token:*` })) {
      for (const key of Array.isArray(keys) ? keys : [keys]) ttls.push(await client.pTTL(key));
    }
    expect(ttls.sort((a, b) => a - b)).toEqual([-1, expect.any(Number)]);
    expect(ttls[1]).toBeGreaterThan(SESSION_HOURS * 3600_000 - 60_000);
    expect(ttls[1]).toBeLessThanOrEqual(SESSION_HOURS * 3600_000);
  });

  it('shares accounts and tokens between processes on separate clients', async () => {
    const other = (await connectRedis())!;
    const prefix = redis.prefix();
    try {
      await createRedisAgentDirectory(redis.client(), { prefix }).save(ann, 'correct horse');
      const token = await createRedisAgentDirectory(other, { prefix }).signIn('ann', 'correct horse', now);
      expect(await createRedisAgentDirectory(redis.client(), { prefix }).authenticate(token!, now)).toEqual(ann);
    } finally {
      await other.quit();
    }
  });
});

describe('a SQLite database made before agents had languages', () => {
  it('gains the column and keeps its accounts, which speak the bot\'s main language', async () => {
    const db = openSqliteDatabase(join(dir, 'before-languages.db'));
    try {
      db.exec(`CREATE TABLE agent (id TEXT PRIMARY KEY, name TEXT NOT NULL, password TEXT NOT NULL, queues TEXT NOT NULL, capacity INTEGER NOT NULL);
        CREATE TABLE agent_token (token_hash TEXT PRIMARY KEY, agent_id TEXT NOT NULL, kind TEXT NOT NULL, expires_at TEXT);
        INSERT INTO agent VALUES ('old', 'Old Timer', 'x', '["orders"]', 2);`);
      const directory = createSqliteAgentDirectory(db);
      expect(await directory.get('old')).toEqual({ id: 'old', name: 'Old Timer', queues: ['orders'], capacity: 2 });
      await directory.save({ id: 'old', name: 'Old Timer', queues: ['orders'], capacity: 2, languages: ['en', 'de'] }, 'a-long-password');
      expect((await createSqliteAgentDirectory(db).get('old'))?.languages).toEqual(['en', 'de']);
    } finally {
      db.close();
    }
  });
});
