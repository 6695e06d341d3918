// Server benchmark: turns per second and latency over POST /api/chat with the sample bot at several
// numbers of concurrent conversations, against bare restify measured in the same run, and the memory
// of an active conversation (see serverMemory).
// Each server runs in its own process; this process generates the load on loopback.
// Usage: npm run bench:server [-- --seconds 5 --levels 1,10,100 --conversations 10000 --bin compiled|sources]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arg, benchBin, load, ROOT, round, startBaton, startProcess, type LoadResult } from './loadGenerator';
import { measureServerMemory } from './serverMemory';

const SECONDS = Number(arg('seconds', '5'));
const LEVELS = arg('levels', '1,10,100').split(',').map(Number);
const CONVERSATIONS = Number(arg('conversations', '10000'));
/** The level the ratio is taken at: 100 concurrent conversations, or the highest level measured. */
const TOP = LEVELS.includes(100) ? 100 : Math.max(...LEVELS);

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'baton-bench-'));
  const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const baton = await startBaton({ BATON_DATA_DIR: join(dataDir, 'load'), BATON_STORE: 'sqlite' });
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
    baton.stop();
    bare.stop();
    const memory = await measureServerMemory({ BATON_DATA_DIR: join(dataDir, 'memory'), BATON_STORE: 'sqlite' }, CONVERSATIONS);
    console.log(`POST /api/chat, sample bot on SQLite, baton ${benchBin().name}, ${SECONDS} s per level, Node ${process.version}, ${require('node:os').cpus().length} cores`);
    console.log('concurrent   baton turns/s   p50 ms   p99 ms   bare restify req/s   ratio');
    for (const c of LEVELS) {
      const r = results[c]!;
      const b = baseline[c]!;
      console.log(`${String(c).padStart(10)} ${r.perSec.toFixed(0).padStart(15)} ${r.p50Ms.toFixed(2).padStart(8)} ${r.p99Ms.toFixed(2).padStart(8)} ${b.perSec.toFixed(0).padStart(20)} ${(r.perSec / b.perSec).toFixed(2).padStart(7)}`);
    }
    console.log(`memory per active conversation: ${memory.bytesPerConversation} bytes (live heap and external memory after GC, ${memory.conversations} conversations of 3 turns held open)`);
    console.log(JSON.stringify({
      bench: 'server',
      bin: benchBin().name,
      concurrency: Object.fromEntries(LEVELS.map((c) => [String(c), { perSec: round(results[c]!.perSec), p50Ms: round(results[c]!.p50Ms), p99Ms: round(results[c]!.p99Ms) }])),
      restify: Object.fromEntries(LEVELS.map((c) => [String(c), { perSec: round(baseline[c]!.perSec) }])),
      ratio: round(results[TOP]!.perSec / baseline[TOP]!.perSec),
      bytesPerConversation: memory.bytesPerConversation,
    }));
  } finally {
    baton.stop();
    bare.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
