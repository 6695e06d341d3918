// A Direct Line conversation whose activity log lives in the store (Redis, as on several processes)
// when that store dies: the turn cannot be run and the bot's turnFailed line cannot be logged either,
// so the POST's error answer carries it as `replies` (as REST's does) beside the 503 and Retry-After,
// for a client to show. While the log works, the line is in the conversation and not repeated there.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDirectLineChannel, type DirectLineChannel } from '../../../adapters/directline/directLineChannel';
import { createBotNlu } from '../../../src/nlu/createBotNlu';
import { createBatonApp, type BatonApp } from '../../../src/server/createBatonApp';
import { createLogger } from '../../../src/server/logger';
import { type BatonStores } from '../../../src/store/openStores';
import { redisStores } from '../../../src/store/redisStores';
import { call, say, startConversation } from '../../support/directLineHttp';
import { CAN_RUN_REDIS, startRedisProcess, type RedisProcess } from '../../support/redisProcess';
import { TINY_BOT_FILES, loadTinyBot } from '../../support/tinyBot';

const TROUBLE = 'Our systems are having a moment. Please send that again shortly.';
const bot = loadTinyBot({ 'bots/shop.yaml': `${TINY_BOT_FILES['bots/shop.yaml']}messages:\n  turnFailed: ${TROUBLE}\n` });

(CAN_RUN_REDIS ? describe : describe.skip)('Direct Line when the store that keeps its log dies', () => {
  let dir: string;
  let redis: RedisProcess;
  let stores: BatonStores;
  let directLine: DirectLineChannel;
  let app: BatonApp;
  let domain: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'baton-dl-log-down-'));
    redis = await startRedisProcess({ dir });
    stores = await redisStores(redis.url, `dl-log-down-${process.pid}`);
    directLine = createDirectLineChannel({ log: stores.directLine.activityLog(), signingKey: stores.directLine.signingKey! });
    app = createBatonApp({ bot, nlu: createBotNlu(bot), stores, channels: [directLine], log: createLogger('silent') });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    domain = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/v3/directline`;
  }, 30_000);
  afterAll(async () => {
    await directLine.close?.();
    app.server.server.closeAllConnections();
    await new Promise<void>((resolve) => app.server.close(() => resolve()));
    await stores.close().catch(() => undefined);
    await redis.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 503 with the bot\'s turnFailed message as replies, and only when the conversation could not hold it', async () => {
    const dl = await startConversation(domain);
    const activities = `/conversations/${encodeURIComponent(dl.conversationId)}/activities`;
    const ok = await call(domain, 'POST', activities, { token: dl.token, body: say('where is my order') });
    expect(ok.status).toBe(200);
    expect(ok.body.replies).toBeUndefined();

    await redis.kill();
    const posted = await fetch(`${domain}${activities}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${dl.token}` }, body: JSON.stringify(say('yes')) });
    expect(posted.status).toBe(503);
    expect(posted.headers.get('retry-after')).toBe('5');
    expect(await posted.json()).toEqual({ replies: [{ text: TROUBLE }], error: { code: 'store_unavailable', message: expect.stringMatching(/try again/) } });

    await redis.restart();
    let again = { status: 0, body: {} as Record<string, unknown> };
    for (let i = 0; i < 50 && again.status !== 200; i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, 200));
      again = await call(domain, 'POST', activities, { token: dl.token, body: say('yes') });
    }
    expect(again.status).toBe(200);
    const texts = ((await call(domain, 'GET', activities, { token: dl.token })).body.activities as Array<{ text?: string }>).map((a) => a.text);
    // The outage left nothing in the conversation: the customer's message is there once, answered.
    expect(texts.filter((t) => t === 'yes')).toHaveLength(1);
    expect(texts).not.toContain(TROUBLE);
  }, 60_000);
});
