// Load for the server benchmarks: concurrent customers, each running the same script of REST turns
// against one or more Baton processes (turn i of customer w goes to port (w + i) mod n, as a
// round-robin load balancer would send it, or always to port w mod n with affinity), and the child
// processes under test.
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createClient } from 'redis';
import { BATON_BIN, COMPILED, compiledIsCurrent, SOURCE_BIN } from '../tests/support/batonBin';

export const ROOT = join(__dirname, '..');
/**
 * Eight turns of one customer: a return with its question, an FAQ and its follow-up, a message the
 * bot does not understand, another return, and a rating. No handoff, no customer profile.
 */
export const SCRIPT = ['I want to return order #12346, it arrived broken', 'no thanks', 'how much is shipping', 'no', 'blorp', 'I want to return order #12346, it is the wrong size', 'yes please', 'no'];

export interface LoadResult { perSec: number; p50Ms: number; p99Ms: number; turns: number }

export const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};

function post(agent: Agent, port: number, body: string): Promise<{ status: number; json: { conversationId?: string } }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/chat', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let data = '';
      res.on('data', (c: Buffer) => { data += c.toString(); });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(data) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** `sticky`: every turn of a customer goes to the same port (a load balancer with affinity). */
export async function load(ports: readonly number[], concurrency: number, seconds: number, sticky = false): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency * ports.length });
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  const worker = async (w: number): Promise<void> => {
    let conversationId: string | undefined;
    for (let i = 0; performance.now() < end; i++) {
      if (i % SCRIPT.length === 0) conversationId = undefined;
      const body = JSON.stringify({ userId: `load-${w}`, text: SCRIPT[i % SCRIPT.length]!.replace('{w}', String(w)), ...(conversationId ? { conversationId } : {}) });
      const t0 = performance.now();
      const res = await post(agent, ports[(sticky ? w : w + i) % ports.length]!, body);
      latencies.push(performance.now() - t0);
      if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
      conversationId = res.json.conversationId;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  const elapsed = (performance.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const q = (p: number): number => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return { perSec: latencies.length / elapsed, p50Ms: q(0.5), p99Ms: q(0.99), turns: latencies.length };
}

/**
 * Opens `count` conversations, `concurrency` at a time, each with the first `turns` turns of SCRIPT,
 * and leaves them in progress.
 */
export async function openConversations(port: number, count: number, turns: number, concurrency: number): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let n = next++; n < count; n = next++) {
      let conversationId: string | undefined;
      for (let i = 0; i < turns; i++) {
        const res = await post(agent, port, JSON.stringify({ userId: `open-${n}`, text: SCRIPT[i % SCRIPT.length]!, ...(conversationId ? { conversationId } : {}) }));
        if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
        conversationId = res.json.conversationId;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
}

export interface ServerProcess { readonly child: ChildProcess; readonly port: number; stop(): void }

/** `ipc`: the child gets a message channel (for bench/memoryProbe.cjs). */
export function startProcess(args: string[], env: NodeJS.ProcessEnv, ipc = false): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe', ...(ipc ? ['ipc' as const] : [])] });
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /http:\/\/[^:]+:(\d+)\//.exec(out);
      if (m) resolve({ child, port: Number(m[1]), stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

/**
 * `baton start` with the sample bot (or another manifest) in its own process. `nodeArgs` go to node
 * before the script, e.g. the memory probe; with them the child has a message channel.
 */
export const startBaton = (env: NodeJS.ProcessEnv, manifest = 'bots/acme.yaml', nodeArgs: string[] = []): Promise<ServerProcess> =>
  startProcess([...nodeArgs, benchBin().path, 'start', manifest], {
    PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn',
    // Every simulated customer writes from 127.0.0.1, faster than people do: the rate limits and the
    // cap on one address's connections (100 concurrent customers hold 100) are off.
    BATON_TURNS_PER_MINUTE: '1000000', BATON_TURNS_PER_MINUTE_PER_ADDRESS: '1000000', BATON_MAX_CONNECTIONS: '10000', BATON_MAX_CONNECTIONS_PER_ADDRESS: '10000',
    ...env,
  }, nodeArgs.length > 0);

/**
 * The `baton` command benchmarks run: `--bin compiled` (dist/, as npm start runs it), `--bin sources`
 * (the TypeScript through tsx, as npm start ran before the compiled build), or by default the
 * compiled one when it is current, else the sources.
 */
export function benchBin(): { readonly name: 'compiled' | 'sources'; readonly path: string } {
  const asked = arg('bin', '');
  if (asked === 'sources') return { name: 'sources', path: SOURCE_BIN };
  if (asked === 'compiled') {
    if (!compiledIsCurrent()) throw new Error('--bin compiled: dist/ is missing or older than the sources; run npm run build first');
    return { name: 'compiled', path: COMPILED };
  }
  if (asked !== '') throw new Error(`--bin must be compiled or sources, not "${asked}"`);
  return { name: BATON_BIN === COMPILED ? 'compiled' : 'sources', path: BATON_BIN };
}

export const round = (n: number): number => Math.round(n * 100) / 100;

/** Deletes what a benchmark left in Redis under its key prefix. */
export async function dropRedisPrefix(url: string, prefix: string): Promise<void> {
  const client = createClient({ url });
  await client.connect();
  for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) {
    const list = Array.isArray(keys) ? keys : [keys];
    if (list.length > 0) await client.del(list);
  }
  await client.quit();
}
