// A real server process restarted between an agent's reply and the REST customer's next call, on
// SQLite: killed with SIGKILL or stopped gracefully, the restarted server hands the customer the
// agent's reply, once.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAlwaysOpenSampleBot } from '../support/alwaysOpenSampleBot';
import { BATON_BIN, batonEnv, postJson, startBaton, type BatonProcess } from '../support/batonProcess';

const ROOT = join(__dirname, '..', '..');

/** A REST customer hands off, Ann claims and replies; the conversation id. */
async function agentRepliedTo(server: BatonProcess, userId: string, reply: string): Promise<string> {
  const { json: token } = await postJson(server.url, '/api/agent/login', { agentId: 'ann', password: 'ann-password' });
  const first = await postJson(server.url, '/api/chat', { userId, text: 'I want to talk to a human' });
  expect(first.json.handoff).toMatchObject({ mode: 'queue' });
  const conversationId = first.json.conversationId as string;
  const queue = await (await fetch(`${server.url}/api/agent/queue`, { headers: { authorization: `Bearer ${token.token}` } })).json() as { handoffs: Array<{ id: string; conversationId: string }> };
  const handoff = queue.handoffs.find((h) => h.conversationId === conversationId)!;
  expect((await postJson(server.url, `/api/agent/handoffs/${handoff.id}/claim`, {}, token.token)).status).toBe(200);
  const sent = await postJson(server.url, `/api/agent/handoffs/${handoff.id}/reply`, { text: reply }, token.token);
  expect(sent).toMatchObject({ status: 200, json: { delivered: true } });
  return conversationId;
}

const waiting = async (server: BatonProcess, conversationId: string, userId: string): Promise<string[]> => {
  const res = await fetch(`${server.url}/api/chat/${conversationId}/messages?userId=${userId}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { messages: Array<{ text: string }> }).messages.map((m) => m.text);
};

describe('an agent\'s reply waiting for a REST customer across a restart', () => {
  let dataDir: string;
  let manifest: string;
  let server: BatonProcess | undefined;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'baton-outbox-restart-'));
    const add = spawnSync(process.execPath, [BATON_BIN, 'agent', 'add', 'ann', '--queues', 'orders'], { cwd: ROOT, input: 'ann-password\n', encoding: 'utf8', env: batonEnv({ BATON_DATA_DIR: dataDir }) });
    expect(add.status).toBe(0);
    manifest = writeAlwaysOpenSampleBot(dataDir);
  });
  afterEach(async () => {
    await server?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is handed to the customer once by the server started after a SIGKILL', async () => {
    server = await startBaton(manifest, { BATON_DATA_DIR: dataDir });
    const id = await agentRepliedTo(server, 'kim', 'Your replacement charger ships today.');
    await server.kill();
    server = await startBaton(manifest, { BATON_DATA_DIR: dataDir });
    // The customer is told who joined, then reads the reply: each once.
    expect(await waiting(server, id, 'kim')).toEqual(['ann from Acme Support joined the conversation.', 'Your replacement charger ships today.']);
    expect(await waiting(server, id, 'kim')).toEqual([]);
  }, 120_000);

  it('comes with the customer\'s next message after a graceful stop, once', async () => {
    server = await startBaton(manifest, { BATON_DATA_DIR: dataDir });
    const id = await agentRepliedTo(server, 'lee', 'I have refunded order 12346.');
    await server.stop();
    server = await startBaton(manifest, { BATON_DATA_DIR: dataDir });
    const next = await postJson(server.url, '/api/chat', { userId: 'lee', conversationId: id, text: 'are you still there?' });
    expect(next.status).toBe(200);
    expect((next.json.messages as Array<{ text: string }>).map((m) => m.text)).toEqual(['ann from Acme Support joined the conversation.', 'I have refunded order 12346.']);
    expect(await waiting(server, id, 'lee')).toEqual([]);
  }, 120_000);
});
