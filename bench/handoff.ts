// Handoff latency over a real port: from a customer's request for a person (Direct Line) to the
// agent's event stream announcing it, and from an agent's reply to the customer's WebSocket
// receiving it. The server runs in its own process, as `baton start`.
// Usage: npm run bench:handoff [-- --rounds 30]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'src/cli/bin.js');
const ROUNDS = Number(process.argv[process.argv.indexOf('--rounds') + 1] || 30);

type Waiter = { test: (text: string) => boolean; resolve: () => void };

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'baton-bench-handoff-'));
  const env = { ...process.env, BATON_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  spawnSync(process.execPath, [BIN, 'agent', 'add', 'ann', '--queues', 'orders', '--capacity', '50'], { cwd: ROOT, env, input: 'bench-password\n' });
  const server = spawn(process.execPath, [BIN, 'start', 'bots/acme.yaml'], { cwd: ROOT, env });
  const url = await new Promise<string>((resolve) => {
    let out = '';
    server.stdout.on('data', (c: Buffer) => { out += c.toString(); const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out); if (m) resolve(m[0]); });
  });
  try {
    const post = async (path: string, body: unknown, token?: string): Promise<any> => (await fetch(`${url}${path}`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body),
    })).json();
    const { token } = await post('/api/agent/login', { agentId: 'ann', password: 'bench-password' });
    // The agent's event stream, as the console reads it.
    const events: Waiter[] = [];
    const stream = await fetch(`${url}/api/agent/events?token=${token}`);
    void (async () => {
      const decoder = new TextDecoder();
      for await (const chunk of stream.body as unknown as AsyncIterable<Uint8Array>) {
        const text = decoder.decode(chunk);
        for (const w of [...events]) if (w.test(text)) { events.splice(events.indexOf(w), 1); w.resolve(); }
      }
    })();
    const toConsole: number[] = [];
    const toCustomer: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const generated = await post('/v3/directline/tokens/generate', { user: { id: `customer-${round}` } });
      const conversation = await post('/v3/directline/conversations', {}, generated.token);
      const socket = new WebSocket(conversation.streamUrl);
      const received: Waiter[] = [];
      socket.on('message', (data) => { const text = data.toString(); for (const w of [...received]) if (w.test(text)) { received.splice(received.indexOf(w), 1); w.resolve(); } });
      await new Promise((r) => socket.once('open', r));
      const id = conversation.conversationId as string;
      const shown = new Promise<void>((resolve) => events.push({ test: (t) => t.includes('handoff.created') && t.includes(id), resolve }));
      const t0 = performance.now();
      await post(`/v3/directline/conversations/${id}/activities`, { type: 'message', from: { id: 'u' }, text: 'I want to talk to a human' }, conversation.token);
      await shown;
      toConsole.push(performance.now() - t0);
      const queue = await (await fetch(`${url}/api/agent/queue`, { headers: { authorization: `Bearer ${token}` } })).json() as { handoffs: Array<{ id: string; conversationId: string }> };
      const handoff = queue.handoffs.find((h) => h.conversationId === id)!;
      await post(`/api/agent/handoffs/${handoff.id}/claim`, {}, token);
      const text = `Hello from Ann, round ${round}`;
      const arrived = new Promise<void>((resolve) => received.push({ test: (t) => t.includes(text), resolve }));
      const t1 = performance.now();
      await post(`/api/agent/handoffs/${handoff.id}/reply`, { text }, token);
      await arrived;
      toCustomer.push(performance.now() - t1);
      await post(`/api/agent/handoffs/${handoff.id}/resolve`, {}, token);
      socket.close();
    }
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const p90 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!;
    console.log(`${ROUNDS} handoffs over a real port (Direct Line customer, SSE agent stream), Node ${process.version}`);
    console.log('path                               median ms   p90 ms');
    console.log(`customer asks -> console shows it   ${median(toConsole).toFixed(1).padStart(9)} ${p90(toConsole).toFixed(1).padStart(8)}`);
    console.log(`agent replies -> customer has it    ${median(toCustomer).toFixed(1).padStart(9)} ${p90(toCustomer).toFixed(1).padStart(8)}`);
    console.log(JSON.stringify({ bench: 'handoff', rounds: ROUNDS, toConsoleMs: { p50: +median(toConsole).toFixed(2), p90: +p90(toConsole).toFixed(2) }, toCustomerMs: { p50: +median(toCustomer).toFixed(2), p90: +p90(toCustomer).toFixed(2) } }));
    process.exit(0);
  } finally {
    server.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
