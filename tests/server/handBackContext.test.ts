// The handoff keeps its context while the customer waits, and a hand-back goes back to where the
// customer was: the summary is the customer's goal in the author's words and never changes with
// later messages; the hand-back checks its slots and can let the bot answer the last unanswered
// question.
import type { AddressInfo } from 'node:net';
import { createRestChannel } from '../../adapters/rest/restChannel';
import { manualClock } from '../../src/runtime/clock';
import { createBatonApp, type BatonApp } from '../../src/server/createBatonApp';
import { createLogger } from '../../src/server/logger';
import { sqliteStores } from '../../src/store/openStores';
import { callJson } from '../support/agentConsoleServer';
import { sampleBot } from '../support/startTestServer';

let app: BatonApp;
let url: string;

beforeAll(async () => {
  const { bot, nlu } = sampleBot();
  app = createBatonApp({ bot, nlu, stores: sqliteStores(':memory:'), channels: [createRestChannel()], log: createLogger('silent'), clock: manualClock('2026-11-24T10:00:00Z') });
  await app.accounts.save({ id: 'ann', name: 'Ann', queues: ['orders'], capacity: 3 }, 'ann-password');
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => { app.server.server.closeAllConnections(); app.server.close(() => resolve()); }));

const call = (method: string, path: string, body?: unknown, token?: string) => callJson(url, method, path, body, token);

/** A return of order 12346, handed to a person mid-flow; returns the conversation and handoff ids and a token. */
async function returnHandedOver(userId: string): Promise<{ conversationId: string; handoffId: string; token: string }> {
  // Signed in first, so the orders queue is staffed and the customer waits for a person.
  const token = (await call('POST', '/api/agent/login', { agentId: 'ann', password: 'ann-password' })).json.token as string;
  const say = (text: string, conversationId?: string) => call('POST', '/api/chat', { userId, text, ...(conversationId ? { conversationId } : {}) });
  const first = await say('I want to return order #12346, it arrived broken');
  const conversationId = first.json.conversationId as string;
  await say('I want to talk to a human', conversationId);
  const queue = await call('GET', '/api/agent/queue', undefined, token);
  const handoffId = queue.json.handoffs.find((h: { conversationId: string }) => h.conversationId === conversationId).id as string;
  return { conversationId, handoffId, token };
}

describe('a handoff\'s context', () => {
  it('is titled by the customer\'s goal, marks what the bot looked up, and stays right while the customer asks other questions in the queue', async () => {
    const { conversationId, handoffId, token } = await returnHandedOver('kim');
    const before = (await call('GET', `/api/agent/handoffs/${handoffId}`, undefined, token)).json;
    expect(before.packet).toMatchObject({
      goal: 'Return an item',
      summary: 'Return an item: order number 12346, reason damaged (customer asked)',
      flow: { name: 'return_item', state: 'confirm' },
      handBackTo: { name: 'return_item', state: 'confirm' },
      slots: { lookedUp: ['order_item'], labels: { order_id: 'Order number', reason: 'Reason' } },
    });
    for (const text of ['how long will it take?', 'do you sell gift cards?', 'what is my email address on file']) {
      await call('POST', '/api/chat', { userId: 'kim', conversationId, text });
    }
    const after = (await call('GET', `/api/agent/handoffs/${handoffId}`, undefined, token)).json;
    expect(after.packet.goal).toBe(before.packet.goal);
    expect(after.packet.summary).toBe(before.packet.summary);
    const queue = await call('GET', '/api/agent/queue', undefined, token);
    expect(queue.json.handoffs.find((h: { id: string }) => h.id === handoffId).summary).toBe(before.packet.summary);
    expect(after.unanswered).toEqual(['how long will it take?', 'do you sell gift cards?', 'what is my email address on file']);
  });
});

describe('a hand-back', () => {
  it('turns down slots the flow does not declare and values that are not text, numbers or yes/no, changing nothing', async () => {
    const { handoffId, token } = await returnHandedOver('lee');
    expect((await call('POST', `/api/agent/handoffs/${handoffId}/claim`, {}, token)).status).toBe(200);
    const unknown = await call('POST', `/api/agent/handoffs/${handoffId}/handback`, { flow: 'return_item', state: 'confirm', slots: { new_address: 'x' } }, token);
    expect(unknown).toMatchObject({ status: 400, json: { error: { message: expect.stringContaining('"new_address" is not a slot of flow return_item') } } });
    const nested = await call('POST', `/api/agent/handoffs/${handoffId}/handback`, { flow: 'return_item', slots: { reason: { text: 'damaged' } } }, token);
    expect(nested).toMatchObject({ status: 400, json: { error: { message: expect.stringContaining('"reason" must be text, a number or true/false') } } });
    expect((await call('GET', `/api/agent/handoffs/${handoffId}`, undefined, token)).json.status).toBe('assigned');
  });

  it('goes on where the customer was and, when asked, lets the bot answer the last question nobody answered', async () => {
    const { conversationId, handoffId, token } = await returnHandedOver('max');
    await call('POST', '/api/chat', { userId: 'max', conversationId, text: 'how much does shipping cost?' });
    expect((await call('POST', `/api/agent/handoffs/${handoffId}/claim`, {}, token)).status).toBe(200);
    const back = await call('POST', `/api/agent/handoffs/${handoffId}/handback`, { flow: 'return_item', state: 'confirm', answerLast: true }, token);
    expect(back.status).toBe(200);
    const texts = back.json.replies.map((r: { text: string }) => r.text);
    expect(texts[0]).toBe("I'm back: thanks for your patience.");
    expect(texts[1]).toBe('Shall I email you a free return label for your phone charger?');
    expect(texts.slice(2).join(' ')).toMatch(/[Ss]hipping/);
    expect(texts.at(-1)).toBe('Shall I email you a free return label for your phone charger?');
    const state = await app.store.loadState('acme', conversationId) as { transcript: { from: string; text: string }[] };
    expect(state.transcript.filter((t) => t.from === 'customer' && t.text === 'how much does shipping cost?')).toHaveLength(1);
  });
});
