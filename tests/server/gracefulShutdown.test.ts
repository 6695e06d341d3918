// A real `baton start` process gets SIGTERM while a turn waits on a slow webhook: the turn's
// response arrives complete, new connections are refused, the process exits with 0, and after a
// restart on the same data directory the turn is in the stored transcript.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../../src/store/sqliteStore';
import { writeAlwaysOpenSampleBot } from '../support/alwaysOpenSampleBot';
import { postJson, startBaton, type BatonProcess } from '../support/batonProcess';

const HOOK_DELAY_MS = 500;
const ADDRESS = '12 High Street, London SW1A 1AA';

function connectionRefused(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => { socket.destroy(); resolve(false); });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'ECONNREFUSED'));
  });
}

describe('baton start on SIGTERM', () => {
  let dir: string;
  let slowHook: Server;
  let hookCalled: () => void = () => undefined;
  let manifest: string;
  const running: BatonProcess[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'baton-shutdown-'));
    slowHook = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        hookCalled();
        setTimeout(() => {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ outcome: 'changed' }));
        }, HOOK_DELAY_MS);
      });
    });
    await new Promise<void>((r) => slowHook.listen(0, '127.0.0.1', r));
    manifest = writeAlwaysOpenSampleBot(dir, { webhookUrl: `http://127.0.0.1:${(slowHook.address() as AddressInfo).port}/hooks/address` });
  });

  afterAll(async () => {
    await Promise.all(running.map((p) => p.kill()));
    slowHook?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finishes the turn in flight, refuses new connections, exits with 0 and keeps the turn', async () => {
    const env = { BATON_DATA_DIR: join(dir, 'data') };
    const baton = await startBaton(manifest, env);
    running.push(baton);
    const started = await postJson(baton.url, '/api/chat', { userId: 'mover', text: 'I need to change the delivery address of order 12345' });
    expect(started.status).toBe(200);
    const conversationId = started.json.conversationId as string;

    const webhookReached = new Promise<void>((resolve) => { hookCalled = resolve; });
    const turn = postJson(baton.url, '/api/chat', { userId: 'mover', conversationId, text: ADDRESS });
    await webhookReached;
    const exited = new Promise<number | null>((resolve) => baton.child.once('close', (code) => resolve(code)));
    baton.child.kill('SIGTERM');

    const answered = await turn;
    expect(answered.status).toBe(200);
    expect(answered.json.replies.map((r: { text: string }) => r.text)).toContain(`Order 12345 will now go to: ${ADDRESS}.`);
    expect(await connectionRefused(baton.url)).toBe(true);
    expect(await exited).toBe(0);

    const restarted = await startBaton(manifest, env);
    running.push(restarted);
    const store = createSqliteStore(join(dir, 'data', 'acme.db'));
    const transcript = await store.transcript('acme', conversationId);
    expect(transcript.filter((e) => e.from === 'customer').map((e) => e.text)).toEqual(['I need to change the delivery address of order 12345', ADDRESS]);
    expect(transcript.map((e) => e.text)).toContain(`Order 12345 will now go to: ${ADDRESS}.`);
    await store.close();
    const restartedExited = new Promise<number | null>((resolve) => restarted.child.once('close', (code) => resolve(code)));
    restarted.child.kill('SIGTERM');
    expect(await restartedExited).toBe(0);
  }, 60_000);
});
