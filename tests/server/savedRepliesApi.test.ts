// GET /api/agent/replies over a real port with the whole app: a named web chat customer hands off a
// damaged return; agents get the saved replies of that conversation's queue, filled from its
// packet, with what the conversation lacks marked and listed; other queues' replies, other queues'
// conversations and callers who are not signed in get nothing.
import { callJson, startAgentConsoleServer, type AgentConsoleServer } from '../support/agentConsoleServer';
import { startDirectLineCustomer } from '../support/directLineCustomer';
import { sampleBot } from '../support/startTestServer';

let srv: AgentConsoleServer;
let ann: string;
let bob: string;
let handoffId: string;

const login = async (agentId: string, password: string): Promise<string> => (await callJson(srv.url, 'POST', '/api/agent/login', { agentId, password })).json.token;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const replies = async (token: string, handoff?: string): Promise<any[]> => {
  const { status, json } = await callJson(srv.url, 'GET', `/api/agent/replies${handoff !== undefined ? `?handoff=${encodeURIComponent(handoff)}` : ''}`, undefined, token);
  expect(status).toBe(200);
  return json.replies;
};
const ids = (list: { id: string }[]): string[] => list.map((r) => r.id);

beforeAll(async () => {
  srv = await startAgentConsoleServer();
  [ann, bob] = await Promise.all([login('ann', 'ann-password'), login('bob', 'bob-password')]);
  const customer = await startDirectLineCustomer(srv.url, { name: 'Sam Carter' });
  await customer.say('I want to return order #12346, it arrived broken');
  await customer.waitFor('Shall I email you a free return label');
  await customer.say('I want to talk to a human');
  await customer.waitFor("you won't have to repeat yourself");
  const queue = await callJson(srv.url, 'GET', '/api/agent/queue', undefined, ann);
  handoffId = queue.json.handoffs.find((h: { conversationId: string }) => h.conversationId === customer.conversationId).id;
});
afterAll(() => srv.close());

describe('GET /api/agent/replies', () => {
  it('needs a signed-in agent', async () => {
    expect((await callJson(srv.url, 'GET', `/api/agent/replies?handoff=${handoffId}`)).status).toBe(401);
    expect((await callJson(srv.url, 'GET', '/api/agent/replies', undefined, 'not-a-token')).status).toBe(401);
  });

  it("lists the replies of the handoff's queue and of every queue, filled from the packet, the agent and the bot", async () => {
    const list = await replies(ann, handoffId);
    expect(ids(list)).toEqual(['greeting', 'order_delayed', 'return_label', 'return_exception', 'anything_else', 'goodbye']);
    expect(list.find((r) => r.id === 'greeting')).toEqual({
      id: 'greeting', title: "Hello, I'm taking over", missing: [],
      text: "Hi Sam, I'm Ann from the Acme team. I've read your conversation with Acme Support, so there's no need to repeat anything.",
    });
  });

  it('leaves what the conversation lacks as a visible [name] and lists it, so the agent fills it in', async () => {
    const delayed = (await replies(ann, handoffId)).find((r) => r.id === 'order_delayed');
    expect(delayed).toEqual({
      id: 'order_delayed', title: 'Order running late', queues: ['orders'], missing: ['email'],
      text: "I'm sorry order 12346 is running late, Sam.\nI've asked our courier to look into it and I'll email you at [email] as soon as I hear back, usually within one working day.",
    });
  });

  it("without a handoff, lists the replies of all the agent's queues with only the agent's and the bot's details filled", async () => {
    const list = await replies(bob);
    expect(ids(list)).toEqual(['greeting', 'order_delayed', 'return_label', 'return_exception', 'refund_started', 'duplicate_charge', 'anything_else', 'goodbye']);
    const greeting = list.find((r) => r.id === 'greeting');
    expect(greeting.text).toBe("Hi [customer.first_name], I'm Bob from the Acme team. I've read your conversation with Acme Support, so there's no need to repeat anything.");
    expect(greeting.missing).toEqual(['customer.first_name']);
  });

  it("follows the conversation to its new queue, and refuses it to an agent who does not serve that queue", async () => {
    expect((await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoffId}/claim`, {}, bob)).status).toBe(200);
    expect((await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoffId}/transfer`, { queue: 'billing' }, bob)).status).toBe(200);
    const list = await replies(bob, handoffId);
    expect(ids(list)).toEqual(['greeting', 'refund_started', 'duplicate_charge', 'anything_else', 'goodbye']);
    expect(list.find((r) => r.id === 'refund_started').text).toContain('I\'ve started a refund for order 12346.');
    const refused = await callJson(srv.url, 'GET', `/api/agent/replies?handoff=${handoffId}`, undefined, ann);
    expect(refused.status).toBe(404);
    expect(refused.json.error.code).toBe('not_found');
  });

  it('answers 404 for a handoff that does not exist and 400 for an empty or repeated id', async () => {
    expect((await callJson(srv.url, 'GET', '/api/agent/replies?handoff=nope', undefined, ann)).status).toBe(404);
    expect((await callJson(srv.url, 'GET', '/api/agent/replies?handoff=', undefined, ann)).status).toBe(400);
    expect((await callJson(srv.url, 'GET', `/api/agent/replies?handoff=${handoffId}&handoff=${handoffId}`, undefined, bob)).status).toBe(400);
  });

  it('serves the replies of the bot that serves now, so a reloaded bot brings its new replies at once', async () => {
    const { bot, nlu } = sampleBot();
    const reloaded = { ...bot, replies: [...bot.replies, { id: 'holiday_hours', title: 'Holiday hours', text: 'We are closed on 25 December, {{customer.first_name}}.', file: 'bots/replies/acme.yaml' }] };
    srv.app.runtime.swap(reloaded, nlu);
    try {
      expect((await replies(bob, handoffId)).find((r) => r.id === 'holiday_hours')?.text).toBe('We are closed on 25 December, Sam.');
    } finally {
      srv.app.runtime.swap(bot, nlu);
    }
  });
});
