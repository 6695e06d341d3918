// From `baton start` to a ready /healthz on the sample bot, and to the answer of a first REST turn
// sent the moment it is ready: the TypeScript sources through tsx (how `npm start` ran before the
// compiled build), compiled with an empty data folder (trains the classifier), and compiled again
// on the same folder (the trained model comes from its cache). Median of --runs (default 3) each.
// Needs a current build: npm run build.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compiledIsCurrent, SOURCE_BIN } from '../tests/support/batonBin';
import { arg, ROOT } from './loadGenerator';

const COMPILED = join(ROOT, 'dist', 'src', 'cli', 'bin.js');
const MANIFEST = 'bots/acme.yaml';

interface Timing { readonly ready: number; readonly firstReply: number }

async function timeToReady(bin: string, dataDir: string): Promise<Timing> {
  const started = performance.now();
  const child = spawn(process.execPath, [bin, 'start', MANIFEST], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', BATON_DATA_DIR: dataDir } });
  let out = '';
  child.stdout.on('data', (c: Buffer) => { out += c.toString(); });
  child.stderr.on('data', (c: Buffer) => { out += c.toString(); });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`baton start exited: ${out}`);
      if (performance.now() - started > 120_000) throw new Error(`not ready within 120 s: ${out}`);
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(out)?.[0];
      if (url && (await fetch(`${url}/healthz`).then((r) => r.ok, () => false))) {
        const ready = performance.now() - started;
        const turn = await fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'bench', text: 'where is my ordr from last week' }) });
        const body = await turn.json() as { replies?: unknown[] };
        if (!turn.ok || !body.replies?.length) throw new Error(`the first turn was not answered: ${turn.status} ${JSON.stringify(body)}`);
        return { ready, firstReply: performance.now() - started };
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  if (!compiledIsCurrent()) throw new Error('dist/ is missing or older than the sources: run npm run build first');
  const runs = Number(arg('runs', '3'));
  const ways: Record<string, Timing[]> = { sources_tsx: [], compiled_cold: [], compiled_cached: [] };
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'baton-startup-'));
    try {
      ways.sources_tsx!.push(await timeToReady(SOURCE_BIN, join(dir, 'tsx')));
      ways.compiled_cold!.push(await timeToReady(COMPILED, join(dir, 'compiled')));
      ways.compiled_cached!.push(await timeToReady(COMPILED, join(dir, 'compiled')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const result = Object.fromEntries(Object.entries(ways).map(([k, v]) => [k, Math.round(median(v.map((t) => t.ready)))]));
  const firstReply = Object.fromEntries(Object.entries(ways).map(([k, v]) => [k, Math.round(median(v.map((t) => t.firstReply)))]));
  const base = result.sources_tsx!;
  console.log(`Start to ready /healthz, and to the answer of a first turn, ${MANIFEST}, median of ${runs}`);
  console.log('way                ready ms  vs sources  first reply ms');
  for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(18)} ${String(v).padStart(8)}   ${(v / base).toFixed(2).padStart(8)}x  ${String(firstReply[k]).padStart(14)}`);
  console.log(JSON.stringify({ bench: 'startup', manifest: MANIFEST, runs, ms: result, firstReplyMs: firstReply }));
}

main().catch((err: unknown) => { console.error(err instanceof Error ? err.message : String(err)); process.exitCode = 1; });
