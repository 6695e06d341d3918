// The agent API over a real port with the whole app: a customer hands off over REST, agents sign in,
// exactly one of two claims wins, the agent replies and hands back, and the bot resumes without
// asking again. Every wrong call gets the right status and changes nothing.
import type { AddressInfo } from 'node:net';
import { createRestChannel } from '../../adapters/rest/restChannel';
import { manualClock } from '../../src/runtime/clock';
import { createBatonApp, type BatonApp } from '../../src/server/createBatonApp';
import { createLogger } from '../../src/server/logger';
import { sqliteStores } from '../../src/store/openStores';
import { sampleBot } from '../support/startTestServer';

let app: BatonApp;
let url: string;
const clock = manualClock('2026-11-24T10:00:00Z');

beforeAll(async () => {
  const { bot, nlu } = sampleBot();
  app = createBatonApp({ bot, nlu, stores: sqliteStores(':memory:'), channels: [createRestChannel()], log: createLogger('silent'), clock });
  await app.accounts.save({ id: 'ann', name: 'Ann', queues: ['orders'], capacity: 2 }, 'ann-password');
  await app.accounts.save({ id: 'bob', name: 'Bob', queues: ['orders', 'billing'], capacity: 2 }, 'bob-password');
  await app.accounts.save({ id: 'cy', name: 'Cy', queues: ['accounts'], capacity: 1 }, 'cy-password');
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => { app.server.server.closeAllConnections(); app.server.close(() => resolve()); }));

async function call(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; json: any }> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, json: await res.json() };
}

const login = async (agentId: string, password: string): Promise<string> => (await call('POST', '/api/agent/login', { agentId, password })).json.token;
const customer = (text: string, conversationId?: string) => call('POST', '/api/chat', { userId: 'kim', text, ...(conversationId ? { conversationId } : {}) });

describe('the agent API', () => {
  it('takes a handoff from the queue to a claim, a reply and a hand-back where the bot resumes without re-asking', async () => {
    const ann = await login('ann', 'ann-password');
    const bob = await login('bob', 'bob-password');
    const first = await customer('I want to talk to a human');
    const id = first.json.conversationId as string;
    expect(first.json.handoff).toMatchObject({ queue: 'orders', mode: 'queue' });
    expect(first.json.replies.at(-1).text).toMatch(/You're number 1 in the queue/);

    const waiting = await customer('my order 12346 came broken, how long will this take?', id);
    expect(waiting.json.replies.map((r: { text: string }) => r.text)).toEqual([expect.stringMatching(/You're number 1 in the queue/)]);

    const queue = await call('GET', '/api/agent/queue', undefined, ann);
    const item = queue.json.handoffs.find((h: { conversationId: string }) => h.conversationId === id);
    expect(item).toMatchObject({ status: 'waiting', queue: 'orders', summary: expect.any(String) });

    const [a, b] = await Promise.all([call('POST', `/api/agent/handoffs/${item.id}/claim`, {}, ann), call('POST', `/api/agent/handoffs/${item.id}/claim`, {}, bob)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [holder, other] = a.status === 200 ? [ann, bob] : [bob, ann];

    const detail = await call('GET', `/api/agent/handoffs/${item.id}`, undefined, holder);
    expect(detail.json.messages.map((m: { from: string; text: string }) => `${m.from}: ${m.text}`)).toEqual(['customer: my order 12346 came broken, how long will this take?']);
    expect(detail.json.packet.transcript.map((t: { from: string }) => t.from)).toContain('customer');

    expect((await call('POST', `/api/agent/handoffs/${item.id}/reply`, { text: 'Hello, I am here' }, other)).status).toBe(403);
    const reply = await call('POST', `/api/agent/handoffs/${item.id}/reply`, { text: 'Hi Kim, sorry about that. Let me start the return.' }, holder);
    expect(reply.status).toBe(200);
    expect(reply.json.delivered).toBe(true);
    const inbox = await call('GET', `/api/chat/${id}/messages?userId=kim`);
    const [holderId, holderName] = holder === ann ? ['ann', 'Ann'] : ['bob', 'Bob'];
    expect(inbox.json.messages.map((m: { text: string; from?: unknown }) => [m.text, m.from])).toEqual([
      [`${holderName} from Acme Support joined the conversation.`, undefined],
      ['Hi Kim, sorry about that. Let me start the return.', { kind: 'agent', id: holderId, name: holderName }],
    ]);
    expect((await call('GET', `/api/chat/${id}/messages?userId=mallory`)).status).toBe(403);
    expect((await call('POST', `/api/agent/handoffs/${item.id}/note`, { text: 'VIP customer' }, holder)).status).toBe(200);

    const back = await call('POST', `/api/agent/handoffs/${item.id}/handback`, { flow: 'return_item', state: 'start', slots: { order_id: '12346', reason: 'damaged' } }, holder);
    expect(back.status).toBe(200);
    expect(back.json.replies.map((r: { text: string }) => r.text)).toEqual([
      "I'm back: thanks for your patience.", "I'm sorry it arrived damaged.", 'Shall I email you a free return label for your phone charger?',
    ]);
    expect((await call('POST', `/api/agent/handoffs/${item.id}/claim`, {}, other)).status).toBe(409);
    const done = await customer('yes please', id);
    expect(done.json.replies[0].text).toBe('Done: a return label for order 12346 is on its way to your inbox.');
  });

  it('lets a waiting customer leave the queue and go back to the bot', async () => {
    const first = await customer('can I speak to an agent');
    const left = await customer('cancel', first.json.conversationId);
    expect(left.json.replies[0].text).toBe("OK, you've left the queue. What can I help you with?");
    const handoffs = await app.service.store.list({ conversationId: first.json.conversationId });
    expect(handoffs.map((h) => h.status)).toEqual(['cancelled']);
  });

  it('refuses calls without a valid token, changing nothing', async () => {
    const first = await customer('human please');
    const [handoff] = await app.service.store.list({ conversationId: first.json.conversationId });
    for (const token of [undefined, 'not-a-token']) {
      const res = await call('POST', `/api/agent/handoffs/${handoff!.id}/claim`, {}, token);
      expect(res.status).toBe(401);
      expect(res.json.error.code).toBe('unauthorized');
    }
    expect((await app.service.store.get(handoff!.id))!.status).toBe('waiting');
    expect((await call('POST', '/api/agent/login', { agentId: 'ann', password: 'wrong' })).status).toBe(401);
  });

  it('answers claims of closed handoffs with 409, unknown ones with 404, and checks hand-back targets', async () => {
    const bob = await login('bob', 'bob-password');
    const first = await customer('talk to a real person');
    const [handoff] = await app.service.store.list({ conversationId: first.json.conversationId });
    expect((await call('POST', `/api/agent/handoffs/${handoff!.id}/claim`, {}, bob)).status).toBe(200);
    expect((await call('POST', `/api/agent/handoffs/${handoff!.id}/handback`, { flow: 'no_such_flow' }, bob)).status).toBe(400);
    // Names every object inherits are not the bot's flows, states or queues.
    for (const body of [{ flow: 'constructor' }, { flow: 'constructor', state: 'start' }, { flow: 'return_item', state: 'constructor' }, { flow: '__proto__', state: 'toString' }]) {
      const refused = await call('POST', `/api/agent/handoffs/${handoff!.id}/handback`, body, bob);
      expect([JSON.stringify(body), refused.status, refused.json.error.code]).toEqual([JSON.stringify(body), 400, 'bad_request']);
    }
    expect((await call('POST', `/api/agent/handoffs/${handoff!.id}/transfer`, { queue: 'constructor' }, bob)).status).toBe(400);
    expect((await call('POST', `/api/agent/handoffs/${handoff!.id}/resolve`, {}, bob)).status).toBe(200);
    const again = await call('POST', `/api/agent/handoffs/${handoff!.id}/claim`, {}, bob);
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe('closed');
    expect((await call('POST', '/api/agent/handoffs/00000000-0000-0000-0000-000000000000/claim', {}, bob)).status).toBe(404);
  });

  it('hides handoffs of other queues from an agent', async () => {
    const cy = await login('cy', 'cy-password');
    const first = await customer('I need a human');
    const [handoff] = await app.service.store.list({ conversationId: first.json.conversationId });
    expect((await call('GET', `/api/agent/handoffs/${handoff!.id}`, undefined, cy)).status).toBe(404);
    expect((await call('GET', '/api/agent/queue', undefined, cy)).json.handoffs).toEqual([]);
  });
});
