// A Redis that stops answering makes store calls fail within seconds, with errors the server answers
// 503 for, instead of hanging every turn; they succeed again as soon as it answers. The test starts
// its own Redis on its own port and freezes it (SIGSTOP), as a stalled server or a network partition
// would.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { failureStatus } from '../../src/server/failureStatus';
import { redisStores } from '../../src/store/openStores';
import type { BatonStores } from '../../src/store/openStores';

const REDIS_SERVER = '/usr/bin/redis-server';
const canRun = existsSync(REDIS_SERVER);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function startRedis(port: number): Promise<ChildProcess> {
  const redis = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => { socket.destroy(); resolve(true); });
      socket.once('error', () => resolve(false));
    });
    if (up) return redis;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('redis-server did not start');
}

(canRun ? describe : describe.skip)('a Redis that stops answering', () => {
  let redis: ChildProcess;
  let stores: BatonStores;
  beforeAll(async () => {
    const port = await freePort();
    redis = await startRedis(port);
    stores = await redisStores(`redis://127.0.0.1:${port}`, 'fails-fast');
  });
  afterAll(async () => {
    redis.kill('SIGCONT');
    await stores?.close().catch(() => undefined);
    redis.kill('SIGKILL');
  });

  it('fails a store call within seconds while frozen, as 503, and answers again once thawed', async () => {
    expect(await stores.conversations.ping()).toBe(true);
    redis.kill('SIGSTOP');
    const started = Date.now();
    const err = await stores.conversations.loadState('bot', 'c1').then(() => undefined, (e: unknown) => e);
    const waited = Date.now() - started;
    expect(err).toBeInstanceOf(Error);
    expect(waited).toBeLessThan(5000);
    expect(failureStatus(err).status).toBe(503);
    expect(await stores.conversations.ping()).toBe(false);
    redis.kill('SIGCONT');
    let ready = false;
    for (let i = 0; i < 40 && !ready; i++) {
      ready = await stores.conversations.ping();
      if (!ready) await new Promise((r) => setTimeout(r, 100));
    }
    expect(ready).toBe(true);
    expect(await stores.conversations.loadState('bot', 'c1')).toBeUndefined();
  }, 20_000);
});
