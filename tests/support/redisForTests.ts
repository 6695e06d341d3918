// The real Redis server for store tests (REDIS_URL, default redis://127.0.0.1:6379). When none answers,
// the Redis tests are skipped and say why, instead of failing or pretending to pass.
import { spawnSync } from 'node:child_process';
import { createClient, type RedisClientType } from 'redis';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Whether a Redis server answers, decided before the tests are collected, so that without one the
 * Redis tests are reported as skipped (with the reason printed), not as passing.
 */
export const REDIS_AVAILABLE: boolean = (() => {
  const { hostname, port } = new URL(REDIS_URL);
  const probe = `const s=require('net').connect(${Number(port) || 6379},${JSON.stringify(hostname)});s.setTimeout(1000);s.on('connect',()=>{s.write('PING\\r\\n')});s.on('data',d=>process.exit(String(d).startsWith('+PONG')?0:1));s.on('error',()=>process.exit(1));s.on('timeout',()=>process.exit(1));`;
  const ok = spawnSync(process.execPath, ['-e', probe], { timeout: 5000 }).status === 0;
  if (!ok) console.warn(`Redis tests skipped: no Redis server answers at ${REDIS_URL} (start one, or set REDIS_URL).`);
  return ok;
})();

export async function connectRedis(): Promise<RedisClientType | undefined> {
  const client = createClient({ url: REDIS_URL, socket: { connectTimeout: 1000, reconnectStrategy: false } }) as RedisClientType;
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return client;
  } catch {
    return undefined;
  }
}

/** Deletes every key under a test's prefix. */
export async function dropPrefix(client: RedisClientType, prefix: string): Promise<void> {
  for await (const keys of client.scanIterator({ MATCH: `${prefix}:*`, COUNT: 500 })) {
    const list = Array.isArray(keys) ? keys : [keys];
    if (list.length > 0) await client.del(list);
  }
}
