// `baton start --watch` as a real process on a SQLite store holding conversations of an older bot:
// once it listens it logs one line counting the conversations the bot moves, by flow.state, and
// counts again after each reload.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSqliteStore } from '../../src/store/sqliteStore';
import { BATON_BIN as BIN } from '../support/batonBin';
import { makeFixture } from '../support/botFixture';
import { OLDER_BOT_SENTENCE, OLDER_BOT_CONVERSATIONS, seed, TRACK_WITHOUT_ACTIONS } from '../support/olderBotConversations';


/** Resolves with every line of stdout up to the one that matches. */
function waitFor(child: ChildProcess, pattern: RegExp, ms = 40_000): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; saw: ${seen}`)), ms);
    const listen = (chunk: Buffer): void => {
      seen += chunk.toString();
      const lines = seen.split('\n');
      const at = lines.findIndex((line) => pattern.test(line));
      if (at < 0) return;
      clearTimeout(timer);
      child.stdout!.off('data', listen);
      seen = lines.slice(at + 1).join('\n');
      resolve(lines.slice(0, at + 1));
    };
    child.stdout!.on('data', listen);
  });
}

describe('baton start on a store of conversations an older bot saved', () => {
  it('logs how many the bot moves once it listens, and again after a reload', async () => {
    const fixture = makeFixture({ 'flows/track.yaml': TRACK_WITHOUT_ACTIONS });
    const store = createSqliteStore(join(fixture.dir, 'data', 'shop.db'));
    await seed(store, OLDER_BOT_CONVERSATIONS);
    await store.close();
    const child = spawn(process.execPath, [BIN, 'start', '--watch', 'bots/shop.yaml'], {
      cwd: fixture.dir,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', BATON_STORE: 'sqlite', BATON_DATA_DIR: join(fixture.dir, 'data') },
    });
    try {
      const started = await waitFor(child, /stored conversations:/);
      expect(started.some((line) => /is listening on http:\/\/127\.0\.0\.1:\d+/.test(line))).toBe(true);
      const logged = JSON.parse(started[started.length - 1]!) as Record<string, unknown>;
      expect(logged).toMatchObject({ level: 40, bot: 'shop', conversations: 11, moving: 4, losingSlots: 5, msg: `stored conversations: ${OLDER_BOT_SENTENCE}` });
      const faq = join(fixture.dir, 'intents', 'main.yaml');
      writeFileSync(faq, readFileSync(faq, 'utf8').replace('Free over 50.', 'Always free.'));
      const reloaded = await waitFor(child, /stored conversations:/);
      expect(reloaded.some((line) => line.startsWith('Reloaded Shop'))).toBe(true);
      expect(JSON.parse(reloaded[reloaded.length - 1]!)).toMatchObject({ moving: 4, msg: `stored conversations: ${OLDER_BOT_SENTENCE}` });
    } finally {
      child.kill('SIGTERM');
      fixture.remove();
    }
  }, 90_000);
});
