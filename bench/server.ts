// Server benchmark: turns per second and latency over POST /api/chat with the sample bot at several
// numbers of concurrent conversations, against bare restify measured in the same run.
// Each server runs in its own process; this process generates the load on loopback.
// Usage: npm run bench:server [-- --seconds 5 --levels 1,10,50,100]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arg, load, ROOT, round, startBaton, startProcess, type LoadResult } from './loadGenerator';

const SECONDS = Number(arg('seconds', '5'));
const LEVELS = arg('levels', '1,10,50,100').split(',').map(Number);

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'baton-bench-'));
  const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const baton = await startBaton({ BATON_DATA_DIR: dataDir, BATON_STORE: 'sqlite' });
  const bare = await startProcess([tsx, join(ROOT, 'bench/bareRestify.ts')], {});
  try {
    await load([baton.port], 4, 1); // warm-up
    await load([bare.port], 4, 1);
    const results: Record<string, LoadResult> = {};
    const baseline: Record<string, LoadResult> = {};
    for (const c of LEVELS) {
      results[c] = await load([baton.port], c, SECONDS);
      baseline[c] = await load([bare.port], c, SECONDS);
    }
    console.log(`POST /api/chat, sample bot on SQLite, ${SECONDS} s per level, Node ${process.version}, ${require('node:os').cpus().length} cores`);
    console.log('concurrent   baton turns/s   p50 ms   p99 ms   bare restify req/s   ratio');
    for (const c of LEVELS) {
      const r = results[c]!;
      const b = baseline[c]!;
      console.log(`${String(c).padStart(10)} ${r.perSec.toFixed(0).padStart(15)} ${r.p50Ms.toFixed(2).padStart(8)} ${r.p99Ms.toFixed(2).padStart(8)} ${b.perSec.toFixed(0).padStart(20)} ${(r.perSec / b.perSec).toFixed(2).padStart(7)}`);
    }
    const top = String(LEVELS[LEVELS.length - 1]);
    console.log(JSON.stringify({
      bench: 'server',
      concurrency: Object.fromEntries(LEVELS.map((c) => [String(c), { perSec: round(results[c]!.perSec), p50Ms: round(results[c]!.p50Ms), p99Ms: round(results[c]!.p99Ms) }])),
      restify: Object.fromEntries(LEVELS.map((c) => [String(c), { perSec: round(baseline[c]!.perSec) }])),
      ratio: round(results[top]!.perSec / baseline[top]!.perSec),
    }));
  } finally {
    baton.stop();
    bare.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
