// A service URL that never answers, refuses the connection or keeps failing: the turn is stored,
// the channel answers 200 without waiting longer than its timeout, the failure is logged as a
// warning (no apology is sent the same way), and once the channel closes it sends nothing more.
import { conversationKey } from '../../../adapters/botframework/conversationKey';
import { createLogger } from '../../../src/server/logger';
import type { ChannelAdapter } from '../../../src/server/serverContext';
import { channelWithLog } from '../../support/channelWithLog';
import { refusedUrl, startLocalServer } from '../../support/localServers';
import { startTestServer, type TestServer } from '../../support/startTestServer';
import { message, personalChat } from './teamsActivities';
import { TEAMS_SDKS } from './teamsSdks';

describe.each(TEAMS_SDKS)('on $sdk', ({ createChannel }) => {
  const TIMEOUT_MS = 300;
  let server: TestServer;
  let channel: ChannelAdapter;
  const log = createLogger('silent');
  const warned = jest.spyOn(log, 'warn');
  const failed = jest.spyOn(log, 'error');

  beforeEach(async () => {
    channel = createChannel({ settings: {}, connectorTimeoutMs: TIMEOUT_MS });
    server = await startTestServer([channelWithLog(channel, log)]);
    warned.mockClear();
    failed.mockClear();
  });
  afterEach(async () => {
    await server.close();
    await channel.close?.();
  });

  /** Posts a message to `serviceUrl`'s conversation; the status, how long the answer took, and the stored transcript. */
  async function say(serviceUrl: string, text: string) {
    const chat = personalChat(serviceUrl);
    const started = Date.now();
    const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message(chat, text)) });
    const ms = Date.now() - started;
    const transcript = await server.store.transcript(server.runtime.bot.id, conversationKey('msteams', chat.conversationId));
    return { status: res.status, ms, transcript: transcript.map((e) => `${e.from}: ${e.text}`) };
  }

  it('answers 200 within the timeout when the service URL never answers, and stores the turn', async () => {
    const silent = await startLocalServer(() => undefined);
    try {
      const { status, ms, transcript } = await say(silent.url, 'how much is shipping');
      expect(status).toBe(200);
      expect(ms).toBeLessThan(TIMEOUT_MS + 2000);
      expect(transcript[0]).toBe('customer: how much is shipping');
      expect(transcript.length).toBeGreaterThan(1);
      expect(warned.mock.calls.map((c) => c[1])).toEqual([expect.stringMatching(/^bot framework replies not (taken in time|delivered)$/)]);
      expect(failed).not.toHaveBeenCalled();
    } finally {
      await silent.close();
    }
  });

  it('answers 200 at once when the service URL refuses the connection, logs a warning and sends no apology', async () => {
    const { status, ms, transcript } = await say(await refusedUrl(), 'how much is shipping');
    expect(status).toBe(200);
    expect(ms).toBeLessThan(TIMEOUT_MS + 2000);
    expect(transcript[0]).toBe('customer: how much is shipping');
    expect(warned).toHaveBeenCalledTimes(1);
    expect(failed).not.toHaveBeenCalled();
  });

  it('sends nothing more, retries included, to a service URL that drops the connection once the channel closes', async () => {
    let attempts = 0;
    const failing = await startLocalServer((req) => {
      attempts++;
      req.socket.destroy();
    });
    try {
      expect((await say(failing.url, 'hello')).status).toBe(200);
      await channel.close?.();
      const afterClose = attempts;
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(attempts).toBe(afterClose);
    } finally {
      await failing.close();
    }
  });
});
