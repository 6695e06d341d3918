// An agent's writes when live delivery to the customer fails, over a real port with the real
// Bot Framework channel (on each SDK): a Teams customer hands off while their connector answers, then the
// connector stops answering (or refuses connections). Reply, resolve and hand-back are stored,
// answer 200 within the live-delivery bound with `delivered: false` and a reason, and a retry
// with the same Idempotency-Key is stored once and answers what the first answered.
import { conversationKey } from '../../adapters/botframework/conversationKey';
import type { ChannelAdapter } from '../../src/server/serverContext';
import { message, personalChat } from '../adapters/botframework/teamsActivities';
import { startAgentConsoleServer, type AgentConsoleServer } from '../support/agentConsoleServer';
import { startHaltingConnector, startLocalServer, type HaltingConnector } from '../support/localServers';
import { TEAMS_SDKS } from '../adapters/botframework/teamsSdks';

describe.each(TEAMS_SDKS)('on $sdk', ({ createChannel }) => {
  let server: AgentConsoleServer;
  let channel: ChannelAdapter;
  let connector: HaltingConnector;
  let ann: string;

  beforeAll(async () => {
    connector = await startHaltingConnector();
    channel = createChannel({ settings: {} });
    server = await startAgentConsoleServer({ rest: false, extraChannels: [channel] });
    await server.app.accounts.save({ id: 'ann', name: 'Ann Lee', queues: ['orders'], capacity: 20 }, 'ann-password'); // one conversation per test
    ann = (await call('POST', '/api/agent/login', { agentId: 'ann', password: 'ann-password' })).json.token;
  });
  afterAll(async () => {
    await channel.close?.();
    await server.close();
    await connector.close();
  });
  beforeEach(() => { connector.answering = true; });

  async function call(method: string, path: string, body?: unknown, token?: string, key?: string): Promise<{ status: number; ms: number; replayed: boolean; json: any }> {
    const started = Date.now();
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(key ? { 'idempotency-key': key } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const json = await res.json();
    return { status: res.status, ms: Date.now() - started, replayed: res.headers.get('idempotent-replayed') === 'true', json };
  }

  /** A Teams customer (whose connector is `serviceUrl`) asks for a person; Ann claims the handoff. Its id. */
  async function claimedTeamsHandoff(serviceUrl: string): Promise<string> {
    const chat = personalChat(serviceUrl);
    const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message(chat, 'I want to talk to a human')) });
    expect(res.status).toBe(200);
    const queue = await call('GET', '/api/agent/queue', undefined, ann);
    const handoff = (queue.json.handoffs as Array<{ id: string; conversationId: string }>).find((h) => h.conversationId === conversationKey('msteams', chat.conversationId));
    expect(handoff).toBeDefined();
    expect((await call('POST', `/api/agent/handoffs/${handoff!.id}/claim`, {}, ann, `claim-${handoff!.id}`)).status).toBe(200);
    return handoff!.id;
  }

  const agentTexts = async (id: string): Promise<string[]> => (await server.stores.handoffs.get(id))!.messages.filter((m) => m.from === 'agent').map((m) => m.text);

  it('answers a reply the connector does not take within 3 s, saved and not delivered, and stores a retry with the same key once', async () => {
    const id = await claimedTeamsHandoff(connector.url);
    connector.answering = false;
    const first = await call('POST', `/api/agent/handoffs/${id}/reply`, { text: 'A new charger is on its way.' }, ann, 'reply-1');
    expect(first.status).toBe(200);
    expect(first.ms).toBeLessThan(3000);
    expect(first.json).toMatchObject({ delivered: false, reason: expect.stringMatching(/did not take the message within 2\.5 s/), message: { from: 'agent', text: 'A new charger is on its way.' } });
    const retried = await call('POST', `/api/agent/handoffs/${id}/reply`, { text: 'A new charger is on its way.' }, ann, 'reply-1');
    expect(retried.status).toBe(200);
    expect(retried.replayed).toBe(true);
    expect(retried.json).toEqual(first.json);
    expect(retried.ms).toBeLessThan(1000);
    expect(await agentTexts(id)).toEqual(['A new charger is on its way.']);
  });

  it('answers a retry sent while the first request still runs with 409 in_progress, and stores the reply once', async () => {
    const id = await claimedTeamsHandoff(connector.url);
    connector.answering = false;
    const [a, b] = await Promise.all([
      call('POST', `/api/agent/handoffs/${id}/reply`, { text: 'Checking with the warehouse.' }, ann, 'reply-2'),
      new Promise((r) => setTimeout(r, 300)).then(() => call('POST', `/api/agent/handoffs/${id}/reply`, { text: 'Checking with the warehouse.' }, ann, 'reply-2')),
    ]);
    expect([a.status, b.status]).toEqual([200, 409]);
    expect(b.json.error.code).toBe('in_progress');
    expect(await agentTexts(id)).toEqual(['Checking with the warehouse.']);
  });

  it('says delivered: true when the connector takes the reply', async () => {
    const id = await claimedTeamsHandoff(connector.url);
    const sent = await call('POST', `/api/agent/handoffs/${id}/reply`, { text: 'Hello, I am Ann.' }, ann, 'reply-3');
    expect(sent.json).toMatchObject({ delivered: true });
    expect(sent.json.reason).toBeUndefined();
  });

  it('refuses a key used again for another request, and stores nothing for it', async () => {
    const id = await claimedTeamsHandoff(connector.url);
    expect((await call('POST', `/api/agent/handoffs/${id}/reply`, { text: 'First.' }, ann, 'reply-4')).status).toBe(200);
    const reused = await call('POST', `/api/agent/handoffs/${id}/reply`, { text: 'Something else.' }, ann, 'reply-4');
    expect(reused.status).toBe(422);
    expect(reused.json.error.code).toBe('idempotency_key_reused');
    expect(await agentTexts(id)).toEqual(['First.']);
  });

  it('stores a note retried with the same key once', async () => {
    const id = await claimedTeamsHandoff(connector.url);
    const first = await call('POST', `/api/agent/handoffs/${id}/note`, { text: 'Customer sounds upset.' }, ann, 'note-1');
    const again = await call('POST', `/api/agent/handoffs/${id}/note`, { text: 'Customer sounds upset.' }, ann, 'note-1');
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.json).toEqual(first.json);
    expect((await server.stores.handoffs.get(id))!.messages.filter((m) => m.from === 'note')).toHaveLength(1);
  });

  it('resolves within 3 s when the connector does not answer, and answers a retry with the same key as the first', async () => {
    const id = await claimedTeamsHandoff(connector.url);
    connector.answering = false;
    const first = await call('POST', `/api/agent/handoffs/${id}/resolve`, {}, ann, 'resolve-1');
    expect(first.status).toBe(200);
    expect(first.ms).toBeLessThan(3000);
    expect(first.json).toMatchObject({ id, status: 'resolved', delivered: false, reason: expect.any(String) });
    const retried = await call('POST', `/api/agent/handoffs/${id}/resolve`, {}, ann, 'resolve-1');
    expect(retried).toMatchObject({ status: 200, replayed: true, json: first.json });
    // Without the key, the same retry finds the handoff closed.
    expect((await call('POST', `/api/agent/handoffs/${id}/resolve`, {}, ann)).status).toBe(409);
  });

  it('hands back within 3 s when the connector refuses connections, saying why it was not delivered', async () => {
    const leaving = await startLocalServer((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'sent' }));
    });
    const id = await claimedTeamsHandoff(leaving.url);
    await leaving.close();
    const back = await call('POST', `/api/agent/handoffs/${id}/handback`, {}, ann, 'handback-1');
    expect(back.status).toBe(200);
    expect(back.ms).toBeLessThan(3000);
    expect(back.json).toMatchObject({ handoff: { id, status: 'returned' }, delivered: false, reason: expect.stringMatching(/^The customer's channel (refused the message|did not take the message within 2\.5 s)/) });
    expect((await server.stores.handoffs.get(id))!.status).toBe('returned');
  });

  it('replays a claim retried with the same key instead of answering that it is taken', async () => {
    const chat = personalChat(connector.url);
    await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message(chat, 'I want to talk to a human')) });
    const queue = await call('GET', '/api/agent/queue', undefined, ann);
    const handoff = (queue.json.handoffs as Array<{ id: string; conversationId: string; status: string }>).find((h) => h.conversationId === conversationKey('msteams', chat.conversationId))!;
    const first = await call('POST', `/api/agent/handoffs/${handoff.id}/claim`, {}, ann, 'claim-again');
    const again = await call('POST', `/api/agent/handoffs/${handoff.id}/claim`, {}, ann, 'claim-again');
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.json).toEqual(first.json);
  });
});
