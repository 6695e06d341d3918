// Rate-limit counters in Redis: two servers' limiters (each with its own connection, as two
// processes have) count against one budget under the store's prefix, the sign-in throttle included;
// and a Redis that stops answering, frozen or gone, never turns a limit check into an error or a
// wait of more than a moment: the in-memory insurance counter answers, and still limits.
import { request } from 'node:http';
import type { RedisClientType } from 'redis';
import { createRestChannel } from '../../adapters/rest/restChannel';
import { createLoginThrottle } from '../../src/server/loginThrottle';
import { createTurnLimiter } from '../../src/server/turnLimiter';
import { connectRedisClient } from '../../src/store/connectRedisClient';
import { RATE_LIMIT_REDIS_MS, redisRateLimiters } from '../../src/store/redisRateLimiters';
import { REDIS_AVAILABLE, REDIS_URL } from '../support/redisForTests';
import { CAN_RUN_REDIS, startRedisProcess, type RedisProcess } from '../support/redisProcess';
import { startTestServer, type TestServer } from '../support/startTestServer';
import { useTestRedis } from '../support/testRedis';

(REDIS_AVAILABLE ? describe : describe.skip)('rate-limit counters in Redis', () => {
  const redis = useTestRedis('limits');
  let first: RedisClientType;
  let second: RedisClientType;
  beforeAll(async () => {
    [first, second] = await Promise.all([connectRedisClient(REDIS_URL), connectRedisClient(REDIS_URL)]);
  });
  afterAll(async () => {
    await Promise.all([first?.quit(), second?.quit()]);
  });

  it("shares one budget between two servers' limiters, keyed under the store's prefix", async () => {
    const prefix = redis.prefix();
    const a = createTurnLimiter(redisRateLimiters(first, prefix), 60_000);
    const b = createTurnLimiter(redisRateLimiters(second, prefix), 60_000);
    const limit = [{ key: 'address:203.0.113.5', max: 4 }];
    for (const limiter of [a, b, a, b]) expect(await limiter.admit(limit)).toEqual({ ok: true });
    const refused = await b.admit(limit);
    expect(refused.ok).toBe(false);
    expect(refused.ok ? 0 : refused.retryAfterSeconds).toBeGreaterThanOrEqual(59);
    expect((await a.admit(limit)).ok).toBe(false);
    expect(await redis.client().get(`${prefix}:limits:turns:address:203.0.113.5`)).not.toBeNull();
    const ttl = await redis.client().pTTL(`${prefix}:limits:turns:address:203.0.113.5`);
    expect(ttl).toBeGreaterThan(58_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('keeps separate prefixes apart', async () => {
    const limit = [{ key: 'address:203.0.113.6', max: 1 }];
    expect(await createTurnLimiter(redisRateLimiters(first, redis.prefix()), 60_000).admit(limit)).toEqual({ ok: true });
    expect(await createTurnLimiter(redisRateLimiters(second, redis.prefix()), 60_000).admit(limit)).toEqual({ ok: true });
  });

  it("shares the sign-in throttle's counts, and a success on one forgets its address's failures on both", async () => {
    const prefix = redis.prefix();
    const options = { perAgent: 3, perAddress: 20, windowMs: 15 * 60_000 };
    const a = createLoginThrottle(redisRateLimiters(first, prefix), options);
    const b = createLoginThrottle(redisRateLimiters(second, prefix), options);
    await a.failed('ann', '203.0.113.1');
    await b.failed('ann', '203.0.113.1');
    await a.succeeded('ann', '203.0.113.1');
    await a.failed('ann', '203.0.113.1');
    await b.failed('ann', '203.0.113.1');
    expect(await b.check('ann', '203.0.113.1')).toEqual({ ok: true });
    await b.failed('ann', '203.0.113.2');
    expect(await a.check('ann', '203.0.113.1')).toEqual({ ok: false, retryAfterSeconds: 900 });
    expect((await a.check('ann', '203.0.113.2')).ok).toBe(false);
    expect(await b.check('ann', '198.51.100.1')).toEqual({ ok: true });
  });
});

(CAN_RUN_REDIS ? describe : describe.skip)('rate limits on a Redis that stops answering', () => {
  let own: RedisProcess;
  let client: RedisClientType;
  let server: TestServer;
  beforeAll(async () => {
    own = await startRedisProcess();
    client = await connectRedisClient(own.url);
    server = await startTestServer([createRestChannel()], { limits: { turnsPerConversation: 30, turnsPerAddress: 3, turnWindowMs: 60_000 }, rateLimiters: redisRateLimiters(client, 'stops') });
  });
  afterAll(async () => {
    own.thaw();
    await server?.close();
    try { client?.destroy(); } catch { /* closed already */ }
    await own.kill();
  });

  /** A turn from the client address `from`: each address has its own count. */
  const chat = (userId: string, from = '127.0.0.1'): Promise<{ status: number; ms: number; code?: string }> => new Promise((resolve, reject) => {
    const started = Date.now();
    const body = JSON.stringify({ userId, text: 'hello' });
    const req = request(`${server.url}/api/chat`, { method: 'POST', localAddress: from, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { text += chunk; });
      res.on('end', () => {
        const json = JSON.parse(text) as { error?: { code: string } };
        resolve({ status: res.statusCode ?? 0, ms: Date.now() - started, ...(json.error ? { code: json.error.code } : {}) });
      });
    });
    req.on('error', reject);
    req.end(body);
  });

  it('answers limit checks from memory while Redis is frozen: turns go on, and the limit still holds', async () => {
    expect((await chat('before')).status).toBe(200);
    own.freeze();
    // From an address of its own, so the count starts with the freeze whoever answered the first turn's check.
    const frozen = (userId: string) => chat(userId, '127.0.0.4');
    const answers = [await frozen('frozen-1'), await frozen('frozen-2'), await frozen('frozen-3'), await frozen('frozen-4')];
    own.thaw();
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
    expect(answers[3]!.code).toBe('rate_limited');
    for (const answer of answers) expect(answer.ms).toBeLessThan(RATE_LIMIT_REDIS_MS + 1500);
  }, 30_000);

  it('answers at once from memory while Redis is gone', async () => {
    await own.kill();
    const limiter = createTurnLimiter(redisRateLimiters(client, 'gone'), 60_000);
    const started = Date.now();
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await limiter.admit([{ key: 'address:203.0.113.9', max: 2 }]));
    expect(answers.map((a) => a.ok)).toEqual([true, true, false]);
    expect(Date.now() - started).toBeLessThan(RATE_LIMIT_REDIS_MS * 3 + 500);
    await own.restart();
  }, 30_000);
});
