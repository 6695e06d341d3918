// A real server on a Redis the test owns, under a bounded load of REST customers, while that Redis is
// frozen (SIGSTOP, a stalled server or a partition) and then killed and started again: turns answer
// 503 within 5 s while it is down, /readyz 503 within 2 s, both recover within 2 s of Redis
// answering again, and no message the server acknowledged is lost (the Redis keeps an fsynced
// append-only file, as a deployment that cares about its data does).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { redisStores } from '../../src/store/redisStores';
import { startBaton, type BatonProcess } from '../support/batonProcess';
import { CAN_RUN_REDIS, startRedisProcess, type RedisProcess } from '../support/redisProcess';
import { firstAnswerAfter, startTurnLoad, type Answered } from '../support/turnLoad';
import { reportFigures } from '../support/faultFigures';

const MANIFEST = join(__dirname, '..', '..', 'bots', 'acme.yaml');
const PREFIX = 'fault-redis';
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The turns that started while the store was down and could not have been answered before it came back. */
function duringOutage(answers: readonly Answered[], from: number, until: number): Answered[] {
  return answers.filter((a) => a.path === '/api/chat' && a.startedAt >= from && a.startedAt + 5000 <= until);
}

(CAN_RUN_REDIS ? describe : describe.skip)('a server whose Redis stops', () => {
  let dir: string;
  let redis: RedisProcess;
  let server: BatonProcess;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'baton-fault-redis-'));
    redis = await startRedisProcess({ dir });
    server = await startBaton(MANIFEST, { BATON_STORE: redis.url, BATON_REDIS_PREFIX: PREFIX, BATON_TURNS_PER_MINUTE: '100000', BATON_TURNS_PER_MINUTE_PER_ADDRESS: '100000' });
  }, 90_000);
  afterAll(async () => {
    await server?.kill();
    await redis?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 503 fast while Redis is frozen or dead, recovers by itself, and loses no acknowledged turn', async () => {
    const load = startTurnLoad(server.url, 10);
    await sleep(2000);
    const frozenAt = Date.now();
    redis.freeze();
    await sleep(13_000);
    const thawedAt = Date.now();
    redis.thaw();
    await sleep(3000);
    const killedAt = Date.now();
    await redis.kill();
    await sleep(7000);
    await redis.restart();
    const backAt = Date.now();
    await sleep(3000);
    await load.stop();
    const { answers } = load;

    const figures = {
      frozenTurnTo503: firstAnswerAfter(answers, '/api/chat', frozenAt, (s) => s === 503),
      frozenReadyTo503: firstAnswerAfter(answers, '/readyz', frozenAt, (s) => s === 503),
      thawedTurnTo200: firstAnswerAfter(answers, '/api/chat', thawedAt, (s) => s === 200),
      thawedReadyTo200: firstAnswerAfter(answers, '/readyz', thawedAt, (s) => s === 200),
      killedTurnTo503: firstAnswerAfter(answers, '/api/chat', killedAt, (s) => s === 503),
      killedReadyTo503: firstAnswerAfter(answers, '/readyz', killedAt, (s) => s === 503),
      restartedTurnTo200: firstAnswerAfter(answers, '/api/chat', backAt, (s) => s === 200),
      restartedReadyTo200: firstAnswerAfter(answers, '/readyz', backAt, (s) => s === 200),
      slowestOutageTurnMs: Math.max(...[...duringOutage(answers, frozenAt, thawedAt), ...duringOutage(answers, killedAt, backAt)].map((a) => a.ms)),
      turns: answers.filter((a) => a.path === '/api/chat').length,
      status500: answers.filter((a) => a.status === 500 || a.status === 0).length,
    };
    reportFigures('redis', figures);

    for (const [from, until] of [[frozenAt, thawedAt], [killedAt, backAt]] as const) {
      const outage = duringOutage(answers, from, until);
      expect(outage.length).toBeGreaterThan(10);
      for (const turn of outage) {
        expect(turn.status).toBe(503);
        expect(turn.ms).toBeLessThan(5000);
      }
    }
    expect(figures.frozenReadyTo503).toBeLessThan(2000);
    expect(figures.killedReadyTo503).toBeLessThan(2000);
    for (const recovered of [figures.thawedTurnTo200, figures.thawedReadyTo200, figures.restartedTurnTo200, figures.restartedReadyTo200]) expect(recovered).toBeLessThan(2000);
    expect(figures.status500).toBe(0);

    const stores = await redisStores(redis.url, PREFIX);
    try {
      const acknowledged = load.acknowledged();
      expect(acknowledged.size).toBe(10);
      for (const [conversationId, texts] of acknowledged) {
        const stored = (await stores.conversations.transcript('acme', conversationId)).filter((e) => e.from === 'customer').map((e) => e.text);
        for (const text of texts) expect(stored).toContain(text);
        expect(stored.filter((t) => texts.includes(t))).toEqual(texts);
      }
    } finally {
      await stores.close();
    }
  }, 120_000);
});
