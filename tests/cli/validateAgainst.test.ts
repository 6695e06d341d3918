// `baton validate --against <store>`: how many stored conversations a new version of the bot would
// move, by flow.state, and which slot values it would drop, read from a real SQLite file and a real
// Redis; exit 3 when any would, 0 when none, 1 when the store cannot be read; the same as JSON; and
// the real command as a child process.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { createRedisStore } from '../../src/store/redisStore';
import { createSqliteStore } from '../../src/store/sqliteStore';
import { BATON_BIN as BIN } from '../support/batonBin';
import { makeFixture, type Fixture } from '../support/botFixture';
import { captureIO } from '../support/captureIO';
import { useCommandDataDir } from '../support/commandDataDir';
import { CURRENT_BOT_CONVERSATIONS, OLDER_BOT_CONVERSATIONS, OLDER_BOT_SENTENCE, seed, TRACK_WITHOUT_ACTIONS } from '../support/olderBotConversations';
import { REDIS_AVAILABLE, REDIS_URL } from '../support/redisForTests';
import { useTestRedis } from '../support/testRedis';


const EXPECTED_JSON = {
  bot: 'shop', conversations: 11, moving: 4, losingSlots: 5, unreadable: 1, complete: true,
  moves: [
    { from: 'track.confirm', reason: 'state_removed', to: 'track.start', conversations: 2 },
    { from: 'old_flow.ask', reason: 'flow_removed', to: null, conversations: 1 },
    { from: 'track.start', reason: 'wait_changed', to: 'track.start', conversations: 1 },
  ],
  slotsLost: [{ slot: 'colour', conversations: 4 }, { slot: 'old_flow.x', conversations: 1 }],
};

describe('baton validate --against a SQLite store', () => {
  let fixture: Fixture;
  let data: { dir: string; restore(): void };
  let manifest: string;
  let file: string;

  beforeEach(() => {
    fixture = makeFixture({ 'flows/track.yaml': TRACK_WITHOUT_ACTIONS });
    manifest = join(fixture.dir, 'bots/shop.yaml');
    data = useCommandDataDir('baton-against-');
    file = join(data.dir, 'shop.db');
  });
  afterEach(() => {
    data.restore();
    fixture.remove();
  });

  async function seedFile(states = OLDER_BOT_CONVERSATIONS): Promise<void> {
    const store = createSqliteStore(file);
    await seed(store, states);
    await store.close();
  }

  it('counts the conversations that would move by flow.state and the slots they would lose, and exits 3', async () => {
    await seedFile();
    const c = captureIO();
    expect(await main(['validate', manifest, '--against', file], c.io)).toBe(3);
    expect(c.out).toEqual([
      `${manifest}: ok: 7 intents, 1 FAQ entry, 2 flows`,
      `${manifest}: against ${file}: ${OLDER_BOT_SENTENCE}.`,
    ]);
    expect(c.err).toEqual([]);
  });

  it('gives the same counts as JSON, with storedChanges for a pipeline to read', async () => {
    await seedFile();
    const c = captureIO();
    expect(await main(['validate', manifest, '--against', file, '--json'], c.io)).toBe(3);
    const report = JSON.parse(c.out.join('\n'));
    expect(report.ok).toBe(true);
    expect(report.storedChanges).toBe(true);
    expect(report.bots[0].against).toEqual({ ok: true, store: file, found: EXPECTED_JSON });
  });

  it('reads the data folder, or BATON_DATA_DIR when the store is named sqlite', async () => {
    await seedFile();
    for (const store of [data.dir, 'sqlite']) {
      const c = captureIO();
      expect(await main(['validate', manifest, '--against', store], c.io)).toBe(3);
      expect(c.out[1]).toBe(`${manifest}: against ${file}: ${OLDER_BOT_SENTENCE}.`);
    }
  });

  it('exits 0 when no stored conversation would move or lose a slot', async () => {
    await seedFile(CURRENT_BOT_CONVERSATIONS);
    const c = captureIO();
    expect(await main(['validate', manifest, '--against', file, '--json'], c.io)).toBe(0);
    const report = JSON.parse(c.out.join('\n'));
    expect(report.storedChanges).toBe(false);
    expect(report.bots[0].against.found).toMatchObject({ conversations: 2, moving: 0, losingSlots: 0, moves: [], slotsLost: [] });
    const text = captureIO();
    expect(await main(['validate', manifest, '--against', file], text.io)).toBe(0);
    expect(text.out[1]).toBe(`${manifest}: against ${file}: None of the 2 stored conversations would move.`);
  });

  it('exits 1 and creates nothing when the store does not exist, and refuses a memory store', async () => {
    const missing = join(data.dir, 'missing.db');
    const c = captureIO();
    expect(await main(['validate', manifest, '--against', missing], c.io)).toBe(1);
    expect(c.err).toEqual([`${manifest}: No SQLite store at ${missing}: name a .db file, a data folder holding shop.db, sqlite (BATON_DATA_DIR), or a redis:// address.`]);
    expect(existsSync(missing)).toBe(false);
    const memory = captureIO();
    expect(await main(['validate', manifest, '--against', 'memory'], memory.io)).toBe(1);
    expect(memory.err[0]).toMatch(/A memory store keeps nothing/);
  });

  it('exits 1 without reading the store when the bot has errors', async () => {
    await seedFile();
    const broken = makeFixture({ 'flows/track.yaml': TRACK_WITHOUT_ACTIONS.replace('next: done', 'next: chekc') });
    try {
      const c = captureIO();
      expect(await main(['validate', join(broken.dir, 'bots/shop.yaml'), '--against', file], c.io)).toBe(1);
      expect(c.out.join('\n')).not.toMatch(/against/);
    } finally {
      broken.remove();
    }
  });

  it('works as the real command, exit code and JSON', async () => {
    await seedFile();
    const r = spawnSync(process.execPath, [BIN, 'validate', manifest, '--against', file, '--json'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(3);
    expect(JSON.parse(r.stdout).bots[0].against.found).toEqual(EXPECTED_JSON);
  }, 60_000);
});

if (!REDIS_AVAILABLE) {
  describe.skip(`baton validate --against Redis (skipped: no Redis server at ${REDIS_URL})`, () => {
    it('counts the conversations that would move', () => undefined);
  });
} else {
  describe('baton validate --against Redis', () => {
    const redis = useTestRedis('against');
    let fixture: Fixture;
    const before = process.env.BATON_REDIS_PREFIX;
    beforeEach(() => { fixture = makeFixture({ 'flows/track.yaml': TRACK_WITHOUT_ACTIONS }); });
    afterEach(() => {
      fixture.remove();
      if (before === undefined) delete process.env.BATON_REDIS_PREFIX;
      else process.env.BATON_REDIS_PREFIX = before;
    });

    it('counts the conversations stored under BATON_REDIS_PREFIX, read with SCAN', async () => {
      const prefix = redis.prefix();
      await seed({ ...createRedisStore(redis.client(), { prefix }), close: async () => undefined }, OLDER_BOT_CONVERSATIONS);
      process.env.BATON_REDIS_PREFIX = prefix;
      const manifest = join(fixture.dir, 'bots/shop.yaml');
      const c = captureIO();
      expect(await main(['validate', manifest, '--against', REDIS_URL], c.io)).toBe(3);
      expect(c.out[1]).toBe(`${manifest}: against ${REDIS_URL}: ${OLDER_BOT_SENTENCE}.`);
      const json = captureIO();
      expect(await main(['validate', manifest, '--against', REDIS_URL, '--json'], json.io)).toBe(3);
      expect(JSON.parse(json.out.join('\n')).bots[0].against.found).toEqual(EXPECTED_JSON);
    });

    it('exits 1 when no Redis answers', async () => {
      const c = captureIO();
      expect(await main(['validate', join(fixture.dir, 'bots/shop.yaml'), '--against', 'redis://127.0.0.1:1'], c.io)).toBe(1);
      expect(c.err[0]).toMatch(/No Redis answers at redis:\/\/127\.0\.0\.1:1/);
    });
  });
}
