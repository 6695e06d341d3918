// Microsoft's Direct Line client (botframework-directlinejs) holds a whole conversation with the
// sample bot over this server, once by polling and once over the WebSocket stream.
import { DirectLine, type Message } from 'botframework-directlinejs';
import { collectActivities, postActivity } from '../../support/activityInbox';
import { installBrowserGlobals } from '../../support/browserGlobals';
import { startDirectLineServer, type DirectLineServer } from '../../support/directLineServer';

describe.each([
  ['polling', false],
  ['a WebSocket', true],
])('a conversation through botframework-directlinejs over %s', (_transport, webSocket) => {
  let restoreGlobals: () => void;
  let srv: DirectLineServer;
  let upgrades = 0;

  beforeAll(async () => {
    restoreGlobals = installBrowserGlobals();
    srv = await startDirectLineServer();
    srv.server.server.on('upgrade', () => upgrades++);
  });
  afterAll(async () => {
    await srv.close();
    restoreGlobals();
  });

  it('welcomes the customer, asks to confirm a return with buttons, and sends the label when a button is pressed', async () => {
    const generated = await fetch(`${srv.domain}/tokens/generate`, { method: 'POST' });
    const { token } = (await generated.json()) as { token: string };
    const dl = new DirectLine({ domain: srv.domain, token, webSocket, pollingInterval: 200 });
    const inbox = collectActivities(dl);
    try {
      const welcome = await inbox.nextBotMessage();
      expect(welcome.text).toMatch(/^(Hi|Hello)/);
      expect(welcome.suggestedActions?.actions.map((a) => a.title)).toEqual(['Track my order', 'Return an item', 'Talk to a person']);

      const id = await postActivity(dl, { type: 'message', from: { id: 'customer' }, text: 'I want to return order #12346, it arrived broken' });
      expect(id).toMatch(/^dl-[\w-]+\|\d{7}$/);
      const echo = await inbox.next((a) => a.type === 'message' && a.from.role === 'user');
      expect(echo).toMatchObject({ id, text: 'I want to return order #12346, it arrived broken' });
      await inbox.next((a) => a.type === 'typing');
      expect((await inbox.nextBotMessage()).text).toBe("I'm sorry it arrived damaged.");
      const question = await inbox.nextBotMessage();
      expect(question.text).toBe('Shall I email you a free return label for your phone charger?');
      expect((question as Message & { replyToId?: string }).replyToId).toBe(id);
      const buttons = question.suggestedActions?.actions ?? [];
      expect(buttons.map((b) => b.title)).toEqual(['Yes, send it', 'No thanks']);

      const yes = buttons[0] as Extract<(typeof buttons)[number], { type: 'messageBack' }>;
      expect(yes.type).toBe('messageBack');
      await postActivity(dl, { type: 'message', from: { id: 'customer' }, text: yes.text, value: yes.value } as Message);
      const done = await inbox.nextBotMessage((m) => (m.text ?? '').startsWith('Done'));
      expect(done.text).toBe('Done: a return label for order 12346 is on its way to your inbox.');
      expect(upgrades > 0).toBe(webSocket);
    } finally {
      inbox.stop();
      dl.end();
    }
  });

  it('shows a card with its links as a HeroCard', async () => {
    const dl = new DirectLine({ domain: srv.domain, token: (await srv.directLine.issueToken()).token, webSocket, pollingInterval: 200 });
    const inbox = collectActivities(dl);
    try {
      await inbox.nextBotMessage();
      await postActivity(dl, { type: 'message', from: { id: 'customer' }, text: 'where is order #12346? my email is sam@example.com' });
      const delivered = await inbox.nextBotMessage((m) => (m.attachments?.length ?? 0) > 0);
      expect(delivered.text).toBe('Your phone charger (order 12346) has been delivered.');
      expect(delivered.attachments).toEqual([{
        contentType: 'application/vnd.microsoft.card.hero',
        content: { title: 'Order 12346', subtitle: 'Delivered', buttons: [{ type: 'openUrl', title: "Track on the courier's site", value: 'https://example.com/track' }] },
      }]);
    } finally {
      inbox.stop();
      dl.end();
    }
  });
});
