// /readyz says whether a turn could be saved now: the store takes a write, within a short time.
// A store that is frozen, full or read-only makes it 503, and it recovers by itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteDatabase } from '../../src/store/openSqliteDatabase';
import { createSqliteStore } from '../../src/store/sqliteStore';
import { startAgentConsoleServer, type AgentConsoleServer } from '../support/agentConsoleServer';

describe('readiness', () => {
  let server: AgentConsoleServer;
  beforeAll(async () => {
    server = await startAgentConsoleServer();
  });
  afterAll(() => server.close());

  it('answers 503 within two seconds while the store does not answer, and 200 once it does', async () => {
    const store = server.stores.conversations;
    const ping = store.ping.bind(store);
    store.ping = () => new Promise<boolean>(() => undefined); // frozen: never answers
    try {
      const started = Date.now();
      const res = await fetch(`${server.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'unavailable', store: 'unreachable' });
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      store.ping = ping;
    }
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});

describe('a SQLite store', () => {
  it('is not ready while its database takes no writes, and is again when it does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-ready-'));
    const db = openSqliteDatabase(join(dir, 'ready.db'));
    const store = createSqliteStore(db);
    try {
      expect(await store.ping()).toBe(true);
      db.pragma('query_only = ON'); // as a read-only file or a full disk would: every write fails
      expect(await store.ping()).toBe(false);
      db.pragma('query_only = OFF');
      expect(await store.ping()).toBe(true);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
