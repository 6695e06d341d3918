// `baton agent`: accounts saved in the bot's database under BATON_DATA_DIR, hashed passwords that
// sign in, API tokens, and clear refusals of unknown queues, bad capacities and short passwords.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { agentCommand } from '../../src/cli/agentCommand';
import { openSqliteDatabase } from '../../src/store/openSqliteDatabase';
import { createSqliteAgentDirectory } from '../../src/store/sqliteAgentDirectory';
import { captureIO } from '../support/captureIO';

const MANIFEST = join(__dirname, '..', '..', 'bots', 'acme.yaml');
const BILINGUAL = join(__dirname, '..', 'fixtures', 'bilingualHandoff', 'bots', 'shop.yaml');


describe('baton agent', () => {
  let dir: string;
  const before = process.env.BATON_DATA_DIR;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'baton-agent-'));
    process.env.BATON_DATA_DIR = dir;
  });
  afterEach(() => {
    if (before === undefined) delete process.env.BATON_DATA_DIR;
    else process.env.BATON_DATA_DIR = before;
    rmSync(dir, { recursive: true, force: true });
  });

  it('says how to add an agent when there is none, adds one whose password signs in, and lists it', async () => {
    const empty = captureIO();
    expect(await agentCommand(['list'], { bot: MANIFEST }, empty.io)).toBe(0);
    expect(empty.out.join('\n')).toMatch(/^No agent accounts yet: add one with {2}baton agent add/);

    const add = captureIO();
    expect(await agentCommand(['add', 'ann'], { bot: MANIFEST, name: 'Ann Lee', queues: 'orders,billing', capacity: '2' }, add.io, async () => 'a-long-password\n')).toBe(0);
    expect(add.out).toEqual(['Agent ann can sign in at /agent and serves orders, billing (up to 2 at once), speaking English.']);

    const list = captureIO();
    expect(await agentCommand(['list'], { bot: MANIFEST }, list.io)).toBe(0);
    expect(list.out).toEqual(['ann\tAnn Lee\tqueues: orders, billing\tcapacity: 2\tlanguages: en']);

    const token = captureIO();
    expect(await agentCommand(['token', 'ann'], { bot: MANIFEST }, token.io)).toBe(0);
    const db = openSqliteDatabase(join(dir, 'acme.db'));
    try {
      const accounts = createSqliteAgentDirectory(db);
      const now = new Date('2026-11-24T10:00:00Z');
      const session = await accounts.signIn('ann', 'a-long-password', now);
      expect((await accounts.authenticate(session!, now))?.name).toBe('Ann Lee');
      expect(await accounts.signIn('ann', 'a-wrong-password', now)).toBeUndefined();
      expect((await accounts.authenticate(token.out[0]!, now))?.id).toBe('ann');
    } finally {
      db.close();
    }
  });

  it('refuses an unknown queue, a capacity out of range and a malformed id, saving nothing', async () => {
    const queue = captureIO();
    expect(await agentCommand(['add', 'bob'], { bot: MANIFEST, queues: 'orders,shipping' }, queue.io, async () => 'a-long-password')).toBe(1);
    expect(queue.err.join('\n')).toBe('BATON_UNKNOWN_QUEUE: shipping is not a queue of bot acme; its queues: orders, accounts, billing.');
    const capacity = captureIO();
    expect(await agentCommand(['add', 'bob'], { bot: MANIFEST, capacity: '0' }, capacity.io, async () => 'a-long-password')).toBe(2);
    expect(capacity.err).toEqual(['--capacity must be a whole number from 1 to 50.']);
    const short = captureIO();
    expect(await agentCommand(['add', 'bob'], { bot: MANIFEST }, short.io, async () => 'short')).toBe(1);
    expect(short.err).toEqual(['A password needs at least 8 characters.']);
    const id = captureIO();
    expect(await agentCommand(['add', 'bob smith'], { bot: MANIFEST }, id.io, async () => 'a-long-password')).toBe(2);
    const list = captureIO();
    await agentCommand(['list'], { bot: MANIFEST }, list.io);
    expect(list.out[0]).toMatch(/^No agent accounts yet/);
  });

  it('gives an agent the languages they speak, those of the bot only, and the bot\'s main language when none are given', async () => {
    const add = captureIO();
    expect(await agentCommand(['add', 'sofia'], { bot: BILINGUAL, name: 'Sofía Ruiz', queues: 'orders', languages: 'en, ES' }, add.io, async () => 'a-long-password')).toBe(0);
    expect(add.out).toEqual(['Agent sofia can sign in at /agent and serves orders (up to 3 at once), speaking English, Spanish.']);
    const unserved = captureIO();
    expect(await agentCommand(['add', 'jean'], { bot: BILINGUAL, queues: 'orders', languages: 'fr' }, unserved.io, async () => 'a-long-password')).toBe(2);
    expect(unserved.err.at(-1)).toBe('--languages names fr, not a language of bot bilingual_handoff; its languages: en, es.');
    expect(await agentCommand(['add', 'ann'], { bot: BILINGUAL, queues: 'orders' }, captureIO().io, async () => 'a-long-password')).toBe(0);
    const list = captureIO();
    expect(await agentCommand(['list'], { bot: BILINGUAL }, list.io)).toBe(0);
    expect(list.out).toEqual(['ann\tann\tqueues: orders\tcapacity: 3\tlanguages: en', 'sofia\tSofía Ruiz\tqueues: orders\tcapacity: 3\tlanguages: en, es']);
  });
});
