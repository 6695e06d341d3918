// Handoff latency over real ports: from a customer's request for a person (Direct Line) to the
// agent's event stream announcing it, and from an agent's reply to the customer's WebSocket
// receiving it. Three setups in one run, each server a `baton start` process: one process on
// SQLite, one on Redis, and two on one Redis with the customer on one and the agent on the other
// (the event and the reply cross processes by pub/sub).
// Usage: npm run bench:handoff [-- --rounds 30 --redis redis://127.0.0.1:6379]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { writeAlwaysOpenSampleBot } from '../tests/support/alwaysOpenSampleBot';
import { BATON_BIN as BIN } from '../tests/support/batonBin';
import { arg, dropRedisPrefix, ROOT, startBaton, type ServerProcess } from './loadGenerator';

const ROUNDS = Number(arg('rounds', '30'));
const REDIS = arg('redis', process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');

type Waiter = { test: (text: string) => boolean; resolve: () => void };
interface Latencies { readonly toConsole: number[]; readonly toCustomer: number[] }

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function post(url: string, path: string, body: unknown, token?: string): Promise<any> {
  return (await fetch(`${url}${path}`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body),
  })).json();
}

/** Rounds of: customer (on `customerUrl`) asks for a person; the agent (on `agentUrl`) claims, replies, resolves. */
async function measure(customerUrl: string, agentUrl: string): Promise<Latencies> {
  const { token } = await post(agentUrl, '/api/agent/login', { agentId: 'ann', password: 'bench-password' });
  if (!token) throw new Error('the bench agent could not sign in');
  const events: Waiter[] = [];
  const controller = new AbortController();
  const stream = await fetch(`${agentUrl}/api/agent/events?token=${token}`, { signal: controller.signal });
  void (async () => {
    const decoder = new TextDecoder();
    for await (const chunk of stream.body as unknown as AsyncIterable<Uint8Array>) {
      const text = decoder.decode(chunk);
      for (const w of [...events]) if (w.test(text)) { events.splice(events.indexOf(w), 1); w.resolve(); }
    }
  })().catch(() => undefined);
  const toConsole: number[] = [];
  const toCustomer: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const generated = await post(customerUrl, '/v3/directline/tokens/generate', { user: { id: `customer-${round}` } });
    const conversation = await post(customerUrl, '/v3/directline/conversations', {}, generated.token);
    const socket = new WebSocket(conversation.streamUrl);
    const received: Waiter[] = [];
    socket.on('message', (data) => { const text = data.toString(); for (const w of [...received]) if (w.test(text)) { received.splice(received.indexOf(w), 1); w.resolve(); } });
    await new Promise((r) => socket.once('open', r));
    const id = conversation.conversationId as string;
    const shown = new Promise<void>((resolve) => events.push({ test: (t) => t.includes('handoff.created') && t.includes(id), resolve }));
    const t0 = performance.now();
    await post(customerUrl, `/v3/directline/conversations/${id}/activities`, { type: 'message', from: { id: 'u' }, text: 'I want to talk to a human' }, conversation.token);
    await shown;
    toConsole.push(performance.now() - t0);
    const queue = await (await fetch(`${agentUrl}/api/agent/queue`, { headers: { authorization: `Bearer ${token}` } })).json() as { handoffs: Array<{ id: string; conversationId: string }> };
    const handoff = queue.handoffs.find((h) => h.conversationId === id)!;
    await post(agentUrl, `/api/agent/handoffs/${handoff.id}/claim`, {}, token);
    const text = `Hello from Ann, round ${round}`;
    const arrived = new Promise<void>((resolve) => received.push({ test: (t) => t.includes(text), resolve }));
    const t1 = performance.now();
    await post(agentUrl, `/api/agent/handoffs/${handoff.id}/reply`, { text }, token);
    await arrived;
    toCustomer.push(performance.now() - t1);
    await post(agentUrl, `/api/agent/handoffs/${handoff.id}/resolve`, {}, token);
    socket.close();
  }
  controller.abort();
  return { toConsole, toCustomer };
}

/** The sample bot with its queues open around the clock, so the bench runs at any hour. */
async function setup(manifest: string, env: Record<string, string>, processes: number): Promise<Latencies> {
  spawnSync(process.execPath, [BIN, 'agent', 'add', 'ann', '--queues', 'orders', '--capacity', '50', '--bot', manifest], { cwd: ROOT, env: { ...process.env, ...env }, input: 'bench-password\n' });
  const servers: ServerProcess[] = await Promise.all(Array.from({ length: processes }, () => startBaton(env, manifest)));
  const url = (s: ServerProcess): string => `http://127.0.0.1:${s.port}`;
  try {
    return await measure(url(servers[processes - 1]!), url(servers[0]!));
  } finally {
    for (const s of servers) s.stop();
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'baton-bench-handoff-'));
  const prefix = `baton-bench-handoff-${process.pid}`;
  try {
    const manifest = writeAlwaysOpenSampleBot(dataDir);
    const rows: Array<[string, Latencies]> = [
      ['1 process, SQLite', await setup(manifest, { BATON_STORE: 'sqlite', BATON_DATA_DIR: dataDir }, 1)],
      ['1 process, Redis', await setup(manifest, { BATON_STORE: REDIS, BATON_REDIS_PREFIX: `${prefix}-1` }, 1)],
      ['2 processes, one Redis', await setup(manifest, { BATON_STORE: REDIS, BATON_REDIS_PREFIX: `${prefix}-2` }, 2)],
    ];
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const p90 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!;
    console.log(`${ROUNDS} handoffs per setup over real ports (Direct Line customer on a WebSocket, SSE agent stream), Node ${process.version}`);
    console.log('setup                     customer asks -> console (median, p90 ms)   agent replies -> customer (median, p90 ms)');
    for (const [name, l] of rows) {
      console.log(`${name.padEnd(25)} ${median(l.toConsole).toFixed(1).padStart(20)} ${p90(l.toConsole).toFixed(1).padStart(8)} ${median(l.toCustomer).toFixed(1).padStart(33)} ${p90(l.toCustomer).toFixed(1).padStart(8)}`);
    }
    const summary = (l: Latencies) => ({ toConsoleMs: { p50: +median(l.toConsole).toFixed(2), p90: +p90(l.toConsole).toFixed(2) }, toCustomerMs: { p50: +median(l.toCustomer).toFixed(2), p90: +p90(l.toCustomer).toFixed(2) } });
    console.log(JSON.stringify({ bench: 'handoff', rounds: ROUNDS, sqlite: summary(rows[0]![1]), redis1: summary(rows[1]![1]), redis2: summary(rows[2]![1]) }));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    await dropRedisPrefix(REDIS, prefix).catch(() => undefined);
  }
  process.exit(0);
}

void main();
