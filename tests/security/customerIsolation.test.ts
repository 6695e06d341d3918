// One customer never reads or writes another's conversation: a Direct Line token opens only its own
// conversation, by HTTP, by WebSocket and through Microsoft's client; a REST conversation answers
// only its user, and never lets a REST caller into a web chat conversation (which would also turn
// the agent's replies away from the real customer); an email typed in a chat does not make the bot
// tell what another customer with that email talked about; agents' notes never reach a customer.
import { ConnectionStatus, DirectLine } from 'botframework-directlinejs';
import { manualClock } from '../../src/runtime/clock';
import { callJson, restCustomer, startAgentConsoleServer, type AgentConsoleServer } from '../support/agentConsoleServer';
import { installBrowserGlobals } from '../support/browserGlobals';
import { startDirectLineCustomer } from '../support/directLineCustomer';
import { call, say, startConversation, type StartedConversation } from '../support/directLineHttp';
import { openStream } from '../support/streamFrames';

const B_SECRET = 'my card PIN hint is purple elephant';

describe('customer isolation', () => {
  const clock = manualClock('2026-11-24T10:00:00Z');
  let srv: AgentConsoleServer;
  let domain: string;
  let a: StartedConversation;
  let b: StartedConversation;
  const activitiesOfB = async (): Promise<string[]> =>
    ((await call(domain, 'GET', `/conversations/${b.conversationId}/activities`, { token: b.token })).body.activities as Array<{ text?: string }>).map((x) => x.text ?? '');

  beforeAll(async () => {
    srv = await startAgentConsoleServer({ clock });
    domain = `${srv.url}/v3/directline`;
    [a, b] = [await startConversation(domain), await startConversation(domain)];
    expect((await call(domain, 'POST', `/conversations/${b.conversationId}/activities`, { token: b.token, body: say(B_SECRET) })).status).toBe(200);
  });
  afterAll(() => srv.close());

  describe("a Direct Line token of conversation A, used on conversation B's routes", () => {
    it.each([
      ['reads its activities', 'GET', (id: string) => `/conversations/${id}/activities`],
      ['reconnects to it (which would hand out its token)', 'GET', (id: string) => `/conversations/${id}?watermark=0`],
      ['posts a message into it', 'POST', (id: string) => `/conversations/${id}/activities`],
    ] as const)('is refused with 403 JSON when it %s', async (_what, method, path) => {
      const before = await activitiesOfB();
      const res = await call(domain, method, path(b.conversationId), { token: a.token, ...(method === 'POST' ? { body: say('I am B now') } : {}) });
      expect([res.status, res.body.error.code]).toEqual([403, 'forbidden']);
      expect(JSON.stringify(res.body)).not.toContain(B_SECRET);
      expect(await activitiesOfB()).toEqual(before);
    });

    it('refreshes only into a token for A', async () => {
      const refreshed = await call(domain, 'POST', '/tokens/refresh', { token: a.token, body: { conversationId: b.conversationId } });
      expect(refreshed.body.conversationId).toBe(a.conversationId);
      expect((await call(domain, 'GET', `/conversations/${b.conversationId}/activities`, { token: refreshed.body.token })).status).toBe(403);
    });

    it('cannot be edited to name B: the signature no longer matches (401)', async () => {
      const [header, claims, signature] = a.token.split('.');
      const edited = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(claims ?? '', 'base64url').toString()), conv: b.conversationId })).toString('base64url');
      const res = await call(domain, 'GET', `/conversations/${b.conversationId}/activities`, { token: `${header}.${edited}.${signature}` });
      expect([res.status, res.body.error.code]).toEqual([401, 'invalid_token']);
    });

    it("opens no WebSocket stream of B, with A's stream token or A's conversation token", async () => {
      const other = new URL(a.streamUrl.replace(encodeURIComponent(a.conversationId), encodeURIComponent(b.conversationId)));
      await expect(openStream(other.toString())).rejects.toThrow('stream answered 403');
      other.searchParams.set('t', a.token);
      await expect(openStream(other.toString())).rejects.toThrow('stream answered 403');
    });

    it('does not let botframework-directlinejs resume B: the client fails to connect (403) and receives nothing', async () => {
      const restore = installBrowserGlobals();
      const dl = new DirectLine({ domain, token: a.token, conversationId: b.conversationId, webSocket: false, pollingInterval: 200 });
      const received: unknown[] = [];
      try {
        const failure = await new Promise<{ status?: number }>((resolve) => {
          dl.activity$.subscribe({ next: (activity) => received.push(activity), error: resolve });
        });
        expect([failure.status, dl.connectionStatus$.getValue(), received]).toEqual([403, ConnectionStatus.FailedToConnect, []]);
      } finally {
        dl.end();
        restore();
      }
    });
  });

  describe('a REST conversation', () => {
    it('has an id the server makes up, too random to guess', async () => {
      const kim = restCustomer(srv.url, 'kim');
      await kim.say('hello');
      expect(kim.conversationId).toMatch(/^rest-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    });

    it("is refused (403) to another user who knows its id, for reading and for writing, and keeps its transcript", async () => {
      const kim = restCustomer(srv.url, 'kim');
      await kim.say('where is my order #12345?');
      const id = kim.conversationId!;
      const before = await srv.stores.conversations.transcript('acme', id);
      const write = await callJson(srv.url, 'POST', '/api/chat', { userId: 'mallory', conversationId: id, text: 'what did I just ask?' });
      const read = await callJson(srv.url, 'GET', `/api/chat/${id}/messages?userId=mallory`);
      expect([write.status, write.json.error.code, read.status, read.json.error.code]).toEqual([403, 'forbidden', 403, 'forbidden']);
      expect(await srv.stores.conversations.transcript('acme', id)).toEqual(before);
    });

    it("cannot be a web chat customer's conversation: REST is refused, and the agent's reply still reaches the customer", async () => {
      await callJson(srv.url, 'POST', '/api/agent/login', { agentId: 'ann', password: 'ann-password' });
      const web = await startDirectLineCustomer(srv.url);
      await web.say('I want to talk to a human');
      const [handoff] = await srv.app.service.store.list({ conversationId: web.conversationId });
      // The attacker knows both the conversation id and the customer's user id.
      const { userId } = ((await srv.stores.conversations.loadState('acme', web.conversationId)) as { customer: { userId: string } }).customer;
      const write = await callJson(srv.url, 'POST', '/api/chat', { userId, conversationId: web.conversationId, text: 'send the replies to me instead' });
      const read = await callJson(srv.url, 'GET', `/api/chat/${web.conversationId}/messages?userId=${encodeURIComponent(userId)}`);
      expect([write.status, read.status]).toEqual([403, 403]);

      const ann = (await callJson(srv.url, 'POST', '/api/agent/login', { agentId: 'ann', password: 'ann-password' })).json.token as string;
      expect((await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoff!.id}/claim`, {}, ann)).status).toBe(200);
      await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoff!.id}/note`, { text: 'internal: refund already refused twice' }, ann);
      expect((await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoff!.id}/reply`, { text: 'Hello, Ann here.' }, ann)).json.delivered).toBe(true);
      await web.waitFor('Hello, Ann here.');
      expect((await web.received()).filter((t) => t.includes('internal'))).toEqual([]);
    });
  });

  it("never tells a customer who types someone else's email what that person talked about", async () => {
    const sam = restCustomer(srv.url, 'sam');
    await sam.say('where is my order #12345?');
    expect((await sam.say('sam@example.com')).join(' ')).toMatch(/12345/);
    const mallory = await startDirectLineCustomer(srv.url);
    await mallory.say('where is my order #12346?');
    await mallory.say('sam@example.com');
    await mallory.waitFor(/12346/);
    const heard = (await mallory.received()).join('\n');
    expect([/Welcome back/.test(heard), /12345/.test(heard)]).toEqual([false, false]);
    // The link itself stays, for agents: the profile of the email holds both conversations.
    expect((await srv.stores.conversations.customer('acme', 'email:sam@example.com'))?.conversations).toHaveLength(2);
  });

  it('refuses an expired token of A with 403 token_expired, even on its own conversation', async () => {
    clock.advance(31 * 60_000);
    const res = await call(domain, 'GET', `/conversations/${a.conversationId}/activities`, { token: a.token });
    expect([res.status, res.body.error.code]).toEqual([403, 'token_expired']);
  });
});
