// A customer on Microsoft's Direct Line client (botframework-directlinejs) is handed to Ann, over
// the whole app on a real port: they hear that Ann joined, see her typing and her reply under her
// own name and id (not the bot's), hear that she left when she resolves, and never see the bot
// "typing" while they wait for a person.
import { DirectLine, type Activity, type Message } from 'botframework-directlinejs';
import { collectActivities, postActivity } from '../../support/activityInbox';
import { callJson, startAgentConsoleServer, type AgentConsoleServer } from '../../support/agentConsoleServer';
import { installBrowserGlobals } from '../../support/browserGlobals';

describe.each([
  ['polling', false],
  ['a WebSocket', true],
])('a Direct Line customer served by an agent, over %s', (_transport, webSocket) => {
  let restoreGlobals: () => void;
  let srv: AgentConsoleServer;

  beforeAll(async () => {
    restoreGlobals = installBrowserGlobals();
    srv = await startAgentConsoleServer();
  });
  afterAll(async () => {
    await srv.close();
    restoreGlobals();
  });

  it('hears who joined, reads the agent by name and id, sees them type, and hears that they left', async () => {
    expect((await callJson(srv.url, 'GET', '/api/chat/agents')).json).toEqual({ online: false, queues: { orders: false, billing: false, accounts: false } });
    const ann = (await callJson(srv.url, 'POST', '/api/agent/login', { agentId: 'ann', password: 'ann-password' })).json.token as string;
    expect((await callJson(srv.url, 'GET', '/api/chat/agents')).json).toEqual({ online: true, queues: { orders: true, billing: false, accounts: false } });

    const dl = new DirectLine({ domain: `${srv.url}/v3/directline`, token: (await srv.directLine.issueToken()).token, webSocket, pollingInterval: 200 });
    const inbox = collectActivities(dl);
    try {
      await inbox.nextBotMessage();
      await postActivity(dl, { type: 'message', from: { id: 'customer' }, text: 'I want to talk to a person' });
      const queued = await inbox.nextBotMessage((m) => /in the queue/.test(m.text ?? ''));
      expect(queued.text).toMatch(/^You're number 1 in the queue; the wait is about 3 minutes\./);

      const conversationId = queued.conversation!.id;
      const [handoff] = await srv.app.service.store.list({ conversationId, statuses: ['waiting'] });
      await postActivity(dl, { type: 'message', from: { id: 'customer' }, text: 'my charger arrived cracked' });
      await inbox.next((a) => a.type === 'message' && a.from.role === 'user' && (a as Message).text === 'my charger arrived cracked');

      expect((await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoff!.id}/claim`, {}, ann)).status).toBe(200);
      const joined = await inbox.nextBotMessage((m) => /joined/.test(m.text ?? ''));
      expect(joined.text).toBe('Ann Lee from Acme Support joined the conversation.');
      expect(joined.from).toMatchObject({ id: 'acme', name: 'Acme Support', role: 'bot' });

      expect((await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoff!.id}/typing`, {}, ann)).status).toBe(202);
      const typing = await inbox.next((a) => a.type === 'typing' && a.from.id.startsWith('agent:'));
      expect(typing.from).toEqual({ id: 'agent:ann', name: 'Ann Lee', role: 'bot' });

      expect((await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoff!.id}/reply`, { text: 'Sorry to hear that, I will send a new one.' }, ann)).status).toBe(200);
      const reply = await inbox.nextBotMessage((m) => m.from.id.startsWith('agent:'));
      expect(reply.text).toBe('Sorry to hear that, I will send a new one.');
      expect(reply.from).toEqual({ id: 'agent:ann', name: 'Ann Lee', role: 'bot' });
      expect(reply.from.id).not.toBe(joined.from.id);

      expect((await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoff!.id}/resolve`, {}, ann)).status).toBe(200);
      const left = await inbox.nextBotMessage((m) => /left/.test(m.text ?? ''));
      expect(left.text).toBe('Ann Lee has left the conversation.');
      expect(left.from.id).toBe('acme');
      await inbox.nextBotMessage((m) => m.from.id === 'acme' && m.id! > left.id!);

      // While the customer waited for a person, the bot never claimed to be typing.
      const order = inbox.received.map((a: Activity) => `${a.from.id.startsWith('agent:') ? 'agent' : a.from.role} ${a.type}${a.type === 'message' ? `: ${(a as Message).text}` : ''}`);
      const fromWaiting = order.slice(order.indexOf('user message: my charger arrived cracked'));
      expect(fromWaiting.slice(0, 6)).toEqual([
        'user message: my charger arrived cracked',
        'bot message: Ann Lee from Acme Support joined the conversation.',
        'agent typing',
        'agent message: Sorry to hear that, I will send a new one.',
        'bot message: Ann Lee has left the conversation.',
        expect.stringMatching(/^bot message: /),
      ]);
    } finally {
      inbox.stop();
      dl.end();
      await callJson(srv.url, 'POST', '/api/agent/logout', undefined, ann);
    }
  });
});
