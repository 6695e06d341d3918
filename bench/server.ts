// Server benchmark: turns per second and latency over POST /api/chat with the sample bot at several
// numbers of concurrent conversations, against bare restify measured in the same run.
// Each server runs in its own process; this process generates the load on loopback.
// Usage: npm run bench:server [-- --seconds 5 --levels 1,10,50,100]
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Agent, request } from 'node:http';

const ROOT = join(__dirname, '..');
const arg = (name: string, fallback: string): string => { const i = process.argv.indexOf(`--${name}`); return i >= 0 ? process.argv[i + 1]! : fallback; };
const SECONDS = Number(arg('seconds', '5'));
const LEVELS = arg('levels', '1,10,50,100').split(',').map(Number);
const SCRIPT = ['I want to return order #12346, it arrived broken', 'no thanks', 'where is my order', '12345', 'sam@example.com', 'how much is shipping', 'no', '4'];

interface Result { perSec: number; p50Ms: number; p99Ms: number; turns: number }

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

async function load(port: number, concurrency: number, seconds: number): Promise<Result> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  const worker = async (w: number): Promise<void> => {
    let conversationId: string | undefined;
    for (let i = 0; performance.now() < end; i++) {
      if (i % SCRIPT.length === 0) conversationId = undefined;
      const body = JSON.stringify({ userId: `load-${w}`, text: SCRIPT[i % SCRIPT.length], ...(conversationId ? { conversationId } : {}) });
      const t0 = performance.now();
      const res = await post(agent, port, body);
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

function startProcess(args: string[], env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env } });
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /http:\/\/[^:]+:(\d+)\//.exec(out);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'baton-bench-'));
  const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const baton = await startProcess([join(ROOT, 'src/cli/bin.js'), 'start', 'bots/acme.yaml'], { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', BATON_DATA_DIR: dataDir });
  const bare = await startProcess([tsx, join(ROOT, 'bench/bareRestify.ts')], {});
  try {
    await load(baton.port, 4, 1); // warm-up
    await load(bare.port, 4, 1);
    const results: Record<string, Result> = {};
    const baseline: Record<string, Result> = {};
    for (const c of LEVELS) {
      results[c] = await load(baton.port, c, SECONDS);
      baseline[c] = await load(bare.port, c, SECONDS);
    }
    console.log(`POST /api/chat, sample bot on SQLite, ${SECONDS} s per level, Node ${process.version}, ${require('node:os').cpus().length} cores`);
    console.log('concurrent   baton turns/s   p50 ms   p99 ms   bare restify req/s   ratio');
    for (const c of LEVELS) {
      const r = results[c]!;
      const b = baseline[c]!;
      console.log(`${String(c).padStart(10)} ${r.perSec.toFixed(0).padStart(15)} ${r.p50Ms.toFixed(2).padStart(8)} ${r.p99Ms.toFixed(2).padStart(8)} ${b.perSec.toFixed(0).padStart(20)} ${(r.perSec / b.perSec).toFixed(2).padStart(7)}`);
    }
    const top = String(LEVELS[LEVELS.length - 1]);
    const round = (n: number): number => Math.round(n * 100) / 100;
    console.log(JSON.stringify({
      bench: 'server',
      concurrency: Object.fromEntries(LEVELS.map((c) => [String(c), { perSec: round(results[c]!.perSec), p50Ms: round(results[c]!.p50Ms), p99Ms: round(results[c]!.p99Ms) }])),
      restify: Object.fromEntries(LEVELS.map((c) => [String(c), { perSec: round(baseline[c]!.perSec) }])),
      ratio: round(results[top]!.perSec / baseline[top]!.perSec),
    }));
  } finally {
    baton.child.kill('SIGTERM');
    bare.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
