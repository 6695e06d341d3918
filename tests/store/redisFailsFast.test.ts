// A Redis that stops answering makes store calls fail within seconds, with errors the server answers
// 503 for, instead of hanging every turn; they succeed again as soon as it answers. The test starts
// its own Redis on its own port and freezes it (SIGSTOP), as a stalled server or a network partition
// would.
import { failureStatus } from '../../src/server/failureStatus';
import { redisStores } from '../../src/store/redisStores';
import type { BatonStores } from '../../src/store/openStores';
import { connectRedisClient } from '../../src/store/connectRedisClient';
import { CAN_RUN_REDIS, freePort, startRedisProcess, type RedisProcess } from '../support/redisProcess';

(CAN_RUN_REDIS ? describe : describe.skip)('a Redis that stops answering', () => {
  let redis: RedisProcess;
  let stores: BatonStores;
  beforeAll(async () => {
    redis = await startRedisProcess();
    stores = await redisStores(redis.url, 'fails-fast');
  });
  afterAll(async () => {
    redis.thaw();
    await stores?.close().catch(() => undefined);
    await redis.kill();
  });

  it('fails a store call within seconds while frozen, as 503, and answers again once thawed', async () => {
    expect(await stores.conversations.ping()).toBe(true);
    redis.freeze();
    const started = Date.now();
    const err = await stores.conversations.loadState('bot', 'c1').then(() => undefined, (e: unknown) => e);
    const waited = Date.now() - started;
    expect(err).toBeInstanceOf(Error);
    expect(waited).toBeLessThan(5000);
    expect(failureStatus(err).status).toBe(503);
    expect(await stores.conversations.ping()).toBe(false);
    redis.thaw();
    let ready = false;
    for (let i = 0; i < 40 && !ready; i++) {
      ready = await stores.conversations.ping();
      if (!ready) await new Promise((r) => setTimeout(r, 100));
    }
    expect(ready).toBe(true);
    expect(await stores.conversations.loadState('bot', 'c1')).toBeUndefined();
  }, 20_000);

  async function readyAgain(): Promise<void> {
    for (let i = 0; i < 60; i++) {
      if (await stores.conversations.ping()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('Redis did not answer again');
  }

  it('fails a call within seconds while frozen even when other commands keep the connection busy', async () => {
    await readyAgain();
    let busy = true;
    const traffic = (async () => {
      while (busy) await stores.conversations.loadState('bot', 'busy').catch(() => new Promise((r) => setTimeout(r, 20)));
    })();
    await new Promise((r) => setTimeout(r, 200));
    redis.freeze();
    const started = Date.now();
    const err = await stores.conversations.loadState('bot', 'c2').then(() => undefined, (e: unknown) => e);
    const waited = Date.now() - started;
    redis.thaw();
    busy = false;
    await traffic;
    expect(failureStatus(err).status).toBe(503);
    expect(waited).toBeLessThan(5000);
    await readyAgain();
  }, 30_000);

  it('gives back a turn lease whose SET got no answer once Redis answers again', async () => {
    await readyAgain();
    redis.freeze();
    const err = await stores.lock.run('bot', 'c3', async () => 'ran').then(() => undefined, (e: unknown) => e);
    expect(failureStatus(err).status).toBe(503);
    redis.thaw();
    await readyAgain();
    // The SET was applied when Redis woke; the owed release frees the conversation within a second.
    const started = Date.now();
    expect(await stores.lock.run('bot', 'c3', async () => 'ran')).toBe('ran');
    expect(Date.now() - started).toBeLessThan(2000);
  }, 30_000);

  it('gives up connecting at start-up when no Redis answers, saying so, instead of waiting for ever', async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const started = Date.now();
    await expect(connectRedisClient(url)).rejects.toThrow(`No Redis answers at ${url}: nothing answered within 10 s`);
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 30_000);
});
