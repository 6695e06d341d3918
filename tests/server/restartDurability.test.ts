// A real server process killed with SIGKILL while conversations wait for an agent: after a restart
// every waiting handoff and every message the customers wrote is still there.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAlwaysOpenSampleBot } from '../support/alwaysOpenSampleBot';
import { BATON_BIN as BIN, startBaton } from '../support/batonProcess';

const ROOT = join(__dirname, '..', '..');

async function post(url: string, path: string, body: unknown, token?: string): Promise<any> {
  const res = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  return res.json();
}

describe('a server killed mid-conversation', () => {
  it('still has every waiting handoff and every customer message after a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'baton-restart-'));
    const add = spawnSync(process.execPath, [BIN, 'agent', 'add', 'ann', '--queues', 'orders'], { cwd: ROOT, input: 'ann-password\n', encoding: 'utf8', env: { ...process.env, BATON_DATA_DIR: dataDir } });
    expect(add.status).toBe(0);
    const manifest = writeAlwaysOpenSampleBot(dataDir);
    let server = await startBaton(manifest, { BATON_DATA_DIR: dataDir });
    try {
      const { token } = await post(server.url, '/api/agent/login', { agentId: 'ann', password: 'ann-password' });
      const conversations: string[] = [];
      for (const name of ['kim', 'lee', 'max']) {
        const first = await post(server.url, '/api/chat', { userId: name, text: 'I want to talk to a human' });
        expect(first.handoff).toMatchObject({ mode: 'queue' });
        await post(server.url, '/api/chat', { userId: name, conversationId: first.conversationId, text: `${name} here, my parcel never came` });
        conversations.push(first.conversationId);
      }
      await server.kill();

      server = await startBaton(manifest, { BATON_DATA_DIR: dataDir });
      const relogin = await post(server.url, '/api/agent/login', { agentId: 'ann', password: 'ann-password' });
      const queue = await (await fetch(`${server.url}/api/agent/queue`, { headers: { authorization: `Bearer ${relogin.token}` } })).json() as { handoffs: Array<{ id: string; conversationId: string; status: string }> };
      const waiting = queue.handoffs.filter((h) => conversations.includes(h.conversationId));
      expect(waiting.map((h) => h.status)).toEqual(['waiting', 'waiting', 'waiting']);
      for (const h of waiting) {
        const detail = await (await fetch(`${server.url}/api/agent/handoffs/${h.id}`, { headers: { authorization: `Bearer ${relogin.token}` } })).json() as { messages: Array<{ text: string }> };
        expect(detail.messages.map((m) => m.text)).toEqual([expect.stringMatching(/here, my parcel never came$/)]);
      }
      expect(token).toEqual(expect.any(String));
    } finally {
      await server.kill();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
