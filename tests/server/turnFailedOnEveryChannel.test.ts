// A server whose Redis dies: every channel shows the customer the bot's own turnFailed message (as the
// author wrote it) instead of nothing. REST answers 503 with Retry-After and the message as `replies`,
// Direct Line leaves it in the conversation as a bot activity while the POST answers 503, and Teams
// (Bot Framework, on each SDK) sends it to the user; the failure is logged once, not once per turn. Once Redis is
// back, the message sent again is answered.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDirectLineChannel } from '../../adapters/directline/directLineChannel';
import { createRestChannel } from '../../adapters/rest/restChannel';
import { createBotNlu } from '../../src/nlu/createBotNlu';
import { createBatonApp, type BatonApp } from '../../src/server/createBatonApp';
import { createLogger } from '../../src/server/logger';
import type { ChannelAdapter } from '../../src/server/serverContext';
import { type BatonStores } from '../../src/store/openStores';
import { redisStores } from '../../src/store/redisStores';
import { startConnectorStandIn, type ConnectorStandIn } from '../adapters/botframework/connectorStandIn';
import { message, personalChat } from '../adapters/botframework/teamsActivities';
import { postJson } from '../support/batonProcess';
import { call, say, startConversation } from '../support/directLineHttp';
import { CAN_RUN_REDIS, startRedisProcess, type RedisProcess } from '../support/redisProcess';
import { TINY_BOT_FILES, loadTinyBot } from '../support/tinyBot';
import { TEAMS_SDKS } from '../adapters/botframework/teamsSdks';

describe.each(TEAMS_SDKS)('Teams on $sdk', ({ createChannel }) => {
  const TROUBLE = 'Our systems are having a moment. Please send that again shortly.';
  const bot = loadTinyBot({ 'bots/shop.yaml': `${TINY_BOT_FILES['bots/shop.yaml']}messages:\n  turnFailed: ${TROUBLE}\n` });

  type Activity = { type: string; id?: string; text?: string; from?: { role?: string }; replyToId?: string };

  (CAN_RUN_REDIS ? describe : describe.skip)('a turn on a server whose Redis died', () => {
    let dir: string;
    let redis: RedisProcess;
    let stores: BatonStores;
    let app: BatonApp;
    let connector: ConnectorStandIn;
    let url: string;
    let channels: ChannelAdapter[];
    const log = createLogger('silent');
    const warned = jest.spyOn(log, 'warn');

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'baton-turn-failed-'));
      redis = await startRedisProcess({ dir });
      stores = await redisStores(redis.url, `turn-failed-${process.pid}`);
      connector = await startConnectorStandIn();
      channels = [createRestChannel({ outbox: stores.restOutbox }), createDirectLineChannel({ secret: '' }), createChannel({ settings: {} })];
      app = createBatonApp({ bot, nlu: createBotNlu(bot), stores, channels, log });
      await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    }, 30_000);
    afterAll(async () => {
      for (const channel of channels) await channel.close?.();
      app.server.server.closeAllConnections();
      await new Promise<void>((resolve) => app.server.close(() => resolve()));
      await stores.close().catch(() => undefined);
      await connector.close();
      await redis.kill();
      rmSync(dir, { recursive: true, force: true });
    });

    it('the author\'s turnFailed message reaches the customer on REST, Direct Line and Teams, and each channel answers honestly', async () => {
      // Conversations that work, on each channel, before Redis dies.
      const rest = await postJson(url, '/api/chat', { userId: 'ola', text: 'where is my order' });
      expect(rest.status).toBe(200);
      const conversationId = rest.json.conversationId as string;
      const domain = `${url}/v3/directline`;
      const dl = await startConversation(domain);
      const activities = `/conversations/${encodeURIComponent(dl.conversationId)}/activities`;
      expect((await call(domain, 'POST', activities, { token: dl.token, body: say('where is my order') })).status).toBe(200);
      const teams = personalChat(connector.url);

      await redis.kill();

      // REST: 503 with Retry-After, and the message for the customer where replies go.
      const failed = await fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ conversationId, userId: 'ola', text: 'yes' }) });
      expect(failed.status).toBe(503);
      expect(failed.headers.get('retry-after')).toBe('5');
      expect(await failed.json()).toEqual({ conversationId, replies: [{ text: TROUBLE }], error: { code: 'store_unavailable', message: expect.stringMatching(/try again/) } });

      // A new REST conversation that cannot even start: the same, without a conversation to name.
      const fresh = await postJson(url, '/api/chat', { userId: 'kim', text: 'hello' });
      expect([fresh.status, fresh.json.replies]).toEqual([503, [{ text: TROUBLE }]]);
      expect(fresh.json.conversationId).toBeUndefined();

      // Direct Line: the POST answers 503 with Retry-After; the bot says it in the conversation, replying to the message.
      const posted = await fetch(`${domain}${activities}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${dl.token}` }, body: JSON.stringify(say('yes')) });
      expect(posted.status).toBe(503);
      expect(posted.headers.get('retry-after')).toBe('5');
      const read = await call(domain, 'GET', activities, { token: dl.token });
      const logged = read.body.activities as Activity[];
      const echo = [...logged].reverse().find((a) => a.from?.role === 'user' && a.text === 'yes')!;
      expect(logged.at(-1)).toMatchObject({ type: 'message', from: { role: 'bot' }, text: TROUBLE, replyToId: echo.id });

      // Teams: the channel gets 200 (the same activity again would fail the same way) and the user the message.
      const sent = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message(teams, 'where is my order')) });
      expect(sent.status).toBe(200);
      expect(connector.take().map((r) => r.activity.text)).toEqual([TROUBLE]);
      const again = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message(teams, 'are you there?')) });
      expect(again.status).toBe(200);
      expect(connector.take().map((r) => r.activity.text)).toEqual([TROUBLE]);
      // Logged once: the second failure of the same kind is only counted.
      expect(warned.mock.calls.filter(([, msg]) => msg === 'bot framework turn failed')).toHaveLength(1);

      // Redis back: the REST message sent again is answered where the conversation was.
      await redis.restart();
      let answer = { status: 0, json: undefined as unknown as { replies: { text: string }[] } };
      for (let i = 0; i < 50 && answer.status !== 200; i++) {
        if (i > 0) await new Promise((r) => setTimeout(r, 200));
        answer = await postJson(url, '/api/chat', { conversationId, userId: 'ola', text: 'yes' });
      }
      expect(answer.status).toBe(200);
      expect(answer.json.replies.map((r) => r.text)).toEqual(['It arrives tomorrow.', expect.any(String)]);
    }, 60_000);
  });
});
