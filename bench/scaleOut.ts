// Scale-out benchmark: REST turns per second of one Baton process vs two processes sharing one
// Redis (BATON_STORE=redis://…), same load, same machine. Turns of each conversation go round-robin
// across the processes, as a load balancer without affinity sends them, so every turn takes the
// cross-process lease; then again with affinity (each conversation stays on one process). One
// SQLite process is measured in the same run for reference.
// Usage: npm run bench:scale [-- --seconds 5 --concurrency 50 --redis redis://127.0.0.1:6379]
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { arg, dropRedisPrefix, load, round, startBaton, type LoadResult, type ServerProcess } from './loadGenerator';

const SECONDS = Number(arg('seconds', '5'));
const CONCURRENCY = Number(arg('concurrency', '50'));
const REDIS = arg('redis', process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');

async function measure(env: NodeJS.ProcessEnv, processes: number, sticky = false): Promise<LoadResult> {
  const servers: ServerProcess[] = await Promise.all(Array.from({ length: processes }, () => startBaton(env)));
  try {
    const ports = servers.map((s) => s.port);
    await load(ports, 4, 1); // warm-up
    return await load(ports, CONCURRENCY, SECONDS, sticky);
  } finally {
    for (const s of servers) s.stop();
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'baton-scale-'));
  const prefix = `baton-bench-${process.pid}`;
  try {
    const sqlite = await measure({ BATON_STORE: 'sqlite', BATON_DATA_DIR: dataDir }, 1);
    const one = await measure({ BATON_STORE: REDIS, BATON_REDIS_PREFIX: `${prefix}-1` }, 1);
    const two = await measure({ BATON_STORE: REDIS, BATON_REDIS_PREFIX: `${prefix}-2` }, 2);
    const sticky = await measure({ BATON_STORE: REDIS, BATON_REDIS_PREFIX: `${prefix}-3` }, 2, true);
    console.log(`POST /api/chat, sample bot, ${CONCURRENCY} concurrent conversations, ${SECONDS} s each, Node ${process.version}, ${cpus().length} cores (load generator on the same machine)`);
    console.log('setup                         turns/s   p50 ms   p99 ms');
    for (const [name, r] of [['1 process, SQLite', sqlite], ['1 process, Redis', one], ['2 processes, one Redis', two], ['2 processes, with affinity', sticky]] as const) {
      console.log(`${name.padEnd(26)} ${r.perSec.toFixed(0).padStart(10)} ${r.p50Ms.toFixed(2).padStart(8)} ${r.p99Ms.toFixed(2).padStart(8)}`);
    }
    console.log(`two processes / one process on Redis: ${(two.perSec / one.perSec).toFixed(2)}`);
    const row = (r: LoadResult) => ({ perSec: round(r.perSec), p50Ms: round(r.p50Ms), p99Ms: round(r.p99Ms) });
    console.log(JSON.stringify({ bench: 'scaleOut', concurrency: CONCURRENCY, sqlite: row(sqlite), redis1: row(one), redis2: row(two), redis2Affinity: row(sticky), ratio: round(two.perSec / one.perSec) }));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    await dropRedisPrefix(REDIS, prefix).catch(() => undefined);
  }
}

void main();
