// Two real `baton start` processes on one Redis prefix count rate limits together: a client
// address's turns are one budget whichever process takes them, and the sign-in throttle is one
// throttle. Over HTTP, behind a trusted proxy so that X-Forwarded-For names each client: a guesser
// at one address is refused (429, Retry-After) after 5 failures even with the right password, a
// guesser spread over many addresses gets one guess at each, and the agent with the right password
// from an address that has not failed signs in on either process.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RedisClientType } from 'redis';
import { writeAlwaysOpenSampleBot } from '../support/alwaysOpenSampleBot';
import { addAgent, startBaton, type BatonProcess } from '../support/batonProcess';
import { connectRedis, dropPrefix, REDIS_AVAILABLE, REDIS_URL } from '../support/redisForTests';

interface Answer {
  readonly status: number;
  readonly code?: string;
  readonly retryAfter: string | null;
}

async function post(server: BatonProcess, path: string, body: unknown, from: string): Promise<Answer> {
  const res = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': from }, body: JSON.stringify(body) });
  const json = (await res.json()) as { error?: { code: string } };
  return { status: res.status, ...(json.error ? { code: json.error.code } : {}), retryAfter: res.headers.get('retry-after') };
}

(REDIS_AVAILABLE ? describe : describe.skip)(`rate limits shared by two processes on one Redis${REDIS_AVAILABLE ? '' : ` (skipped: no Redis server at ${REDIS_URL})`}`, () => {
  const prefix = `baton-test-${process.pid}-shared-limits`;
  const env = { BATON_STORE: REDIS_URL, BATON_REDIS_PREFIX: prefix, BATON_TRUST_PROXY: '1', BATON_TURNS_PER_MINUTE_PER_ADDRESS: '4' };
  let dir: string;
  let redis: RedisClientType;
  let a: BatonProcess;
  let b: BatonProcess;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'baton-limits-'));
    redis = (await connectRedis())!;
    const manifest = writeAlwaysOpenSampleBot(dir);
    addAgent(manifest, env, 'ann', 'ann-password', 'orders');
    [a, b] = await Promise.all([startBaton(manifest, env), startBaton(manifest, env)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await dropPrefix(redis, prefix);
    await redis.quit();
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses an address's turns on the second process once the first used up the budget", async () => {
    const from = '203.0.113.50';
    for (let i = 0; i < 4; i++) expect((await post(a, '/api/chat', { userId: `t${i}`, text: 'hello' }, from)).status).toBe(200);
    const refused = await post(b, '/api/chat', { userId: 't4', text: 'hello' }, from);
    expect([refused.status, refused.code]).toEqual([429, 'rate_limited']);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    expect((await post(a, '/api/chat', { userId: 't5', text: 'hello' }, from)).status).toBe(429);
    expect((await post(b, '/api/chat', { userId: 'other', text: 'hello' }, '203.0.113.51')).status).toBe(200);
  }, 30_000);

  it('locks a guessing address out on both processes while the agent signs in from a clean address', async () => {
    const login = (server: BatonProcess, password: string, from: string): Promise<Answer> => post(server, '/api/agent/login', { agentId: 'ann', password }, from);
    const guesser = '203.0.113.66';
    for (let i = 0; i < 5; i++) expect((await login(i % 2 === 0 ? a : b, `guess-${i}-password`, guesser)).status).toBe(401);
    for (const server of [a, b]) {
      const locked = await login(server, 'ann-password', guesser);
      expect([locked.status, locked.code]).toEqual([429, 'too_many_sign_ins']);
      expect(Number(locked.retryAfter)).toBeGreaterThan(800);
      expect(Number(locked.retryAfter)).toBeLessThanOrEqual(900);
    }
    // The agent id is past its limit: each further address gets one guess, then is refused.
    for (let i = 0; i < 6; i++) {
      const from = `203.0.113.${100 + i}`;
      const server = i % 2 === 0 ? a : b;
      expect((await login(server, `spread-${i}-password`, from)).status).toBe(401);
      const again = await login(server === a ? b : a, `spread-${i}-again`, from);
      expect([again.status, again.code]).toEqual([429, 'too_many_sign_ins']);
      expect(again.retryAfter).not.toBeNull();
    }
    expect((await login(a, 'ann-password', '198.51.100.20')).status).toBe(200);
    expect((await login(b, 'ann-password', '198.51.100.21')).status).toBe(200);
    expect((await login(b, 'ann-password', guesser)).status).toBe(429);
  }, 60_000);
});
