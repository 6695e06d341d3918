// Microsoft's Direct Line client (botframework-directlinejs, under Microsoft's Web Chat) when the
// turn behind a posted message cannot be run: the POST answers 503, which the client reports as
// "retry", and the bot's turnFailed message arrives in the conversation as a bot message replying to
// the customer's, so Web Chat shows it.
import { DirectLine } from 'botframework-directlinejs';
import type { Runtime } from '../../../src/runtime/createRuntime';
import { collectActivities, postActivity } from '../../support/activityInbox';
import { installBrowserGlobals } from '../../support/browserGlobals';
import { startDirectLineServer, type DirectLineServer } from '../../support/directLineServer';

/** Every message fails as a store that cannot be reached does. */
const storeDown = (runtime: Runtime): Runtime => ({
  ...runtime,
  bot: runtime.bot,
  message: () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' })),
});

describe('botframework-directlinejs when a turn fails', () => {
  let restoreGlobals: () => void;
  let srv: DirectLineServer;
  beforeAll(async () => {
    restoreGlobals = installBrowserGlobals();
    srv = await startDirectLineServer({ wrapRuntime: storeDown });
  });
  afterAll(async () => {
    await srv.close();
    restoreGlobals();
  });

  it('gets "retry" for the post and the bot\'s turnFailed message in the conversation', async () => {
    const { token } = (await (await fetch(`${srv.domain}/tokens/generate`, { method: 'POST' })).json()) as { token: string };
    const dl = new DirectLine({ domain: srv.domain, token, webSocket: false, pollingInterval: 200 });
    const inbox = collectActivities(dl);
    try {
      await inbox.nextBotMessage();
      const answer = await postActivity(dl, { type: 'message', from: { id: 'customer' }, text: 'where is my order?' });
      expect(answer).toBe('retry');
      const echo = await inbox.next((a) => a.type === 'message' && a.from.role === 'user');
      const sorry = await inbox.nextBotMessage();
      expect(sorry).toMatchObject({ text: srv.runtime.bot.messages.turnFailed[0], replyToId: echo.id });
    } finally {
      inbox.stop();
      dl.end();
    }
  });
});
