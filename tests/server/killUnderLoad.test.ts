// A real server on the default SQLite store, killed with SIGKILL while 20 customers keep writing:
// after a restart, every message the server had acknowledged (answered 200) is in its conversation's
// stored transcript, in the order it was sent.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../../src/store/sqliteStore';
import { postJson, startBaton } from '../support/batonProcess';

const MANIFEST = join(__dirname, '..', '..', 'bots', 'acme.yaml');

describe('a server killed under load', () => {
  it('keeps every acknowledged message', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'baton-kill-'));
    // 20 customers from one address, as many turns as the server takes: no rate limit in the way.
    const env = { BATON_DATA_DIR: dataDir, BATON_TURNS_PER_MINUTE: '100000', BATON_TURNS_PER_MINUTE_PER_ADDRESS: '100000' };
    let server = await startBaton(MANIFEST, env);
    try {
      const acknowledged = new Map<string, string[]>();
      let killed = false;
      const customer = async (i: number): Promise<void> => {
        let conversationId: string | undefined;
        for (let n = 0; !killed; n++) {
          const text = `message ${n} from customer ${i}`;
          try {
            const res = await postJson(server.url, '/api/chat', { userId: `load-${i}`, text, ...(conversationId ? { conversationId } : {}) });
            if (res.status !== 200) continue;
            conversationId = res.json.conversationId as string;
            acknowledged.set(conversationId, [...(acknowledged.get(conversationId) ?? []), text]);
          } catch {
            return; // the connection died with the server: this message was never acknowledged
          }
        }
      };
      const load = Promise.all(Array.from({ length: 20 }, (_, i) => customer(i)));
      // Killed mid-stream once the customers are in full flow: at least 2 s and 60 acknowledged turns
      // (a busy machine, or a bot of several languages warming up its models, is slower to get there).
      const count = () => [...acknowledged.values()].reduce((n, texts) => n + texts.length, 0);
      const started = Date.now();
      while (Date.now() - started < 2000 || (count() < 60 && Date.now() - started < 20_000)) await new Promise((r) => setTimeout(r, 50));
      killed = true;
      await server.kill();
      await load;
      expect(count()).toBeGreaterThan(40);

      server = await startBaton(MANIFEST, env);
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      const store = createSqliteStore(join(dataDir, 'acme.db'));
      try {
        for (const [conversationId, texts] of acknowledged) {
          const stored = (await store.transcript('acme', conversationId)).filter((e) => e.from === 'customer').map((e) => e.text);
          // A message whose turn was saved but whose answer the kill cut off may follow: never one missing.
          expect(stored.slice(0, texts.length)).toEqual(texts);
          expect(stored.length - texts.length).toBeLessThanOrEqual(1);
        }
      } finally {
        await store.close();
      }
    } finally {
      await server.kill();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
