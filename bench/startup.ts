// From `baton start` to a ready /healthz on the sample bot: the TypeScript sources through tsx (how
// `npm start` ran before the compiled build), compiled with an empty data folder (trains the
// classifier), and compiled again on the same folder (the trained model comes from its cache).
// Median of --runs (default 3) each. Needs a current build: npm run build.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compiledIsCurrent, SOURCE_BIN } from '../tests/support/batonBin';
import { arg, ROOT } from './loadGenerator';

const COMPILED = join(ROOT, 'dist', 'src', 'cli', 'bin.js');
const MANIFEST = 'bots/acme.yaml';

async function timeToReady(bin: string, dataDir: string): Promise<number> {
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
      if (url && (await fetch(`${url}/healthz`).then((r) => r.ok, () => false))) return performance.now() - started;
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
  const ways: Record<string, number[]> = { sources_tsx: [], compiled_cold: [], compiled_cached: [] };
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
  const result = Object.fromEntries(Object.entries(ways).map(([k, v]) => [k, Math.round(median(v))]));
  const base = result.sources_tsx!;
  console.log(`Start to ready /healthz, ${MANIFEST}, median of ${runs}`);
  console.log('way                 ms     vs sources');
  for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(18)} ${String(v).padStart(6)}   ${(v / base).toFixed(2)}x`);
  console.log(JSON.stringify({ bench: 'startup', manifest: MANIFEST, runs, ms: result }));
}

main().catch((err: unknown) => { console.error(err instanceof Error ? err.message : String(err)); process.exitCode = 1; });
