// GET /api/agent/queue lists each conversation with what an agent chooses by: who the customer is,
// their channel, the goal and summary, the priority, how long they have waited, and the last word
// of the customer or an agent (never the bot's handoff line, never an internal note).
import { manualClock } from '../../src/runtime/clock';
import { callJson, restCustomer, startAgentConsoleServer, type AgentConsoleServer } from '../support/agentConsoleServer';

describe('the agent queue entries', () => {
  let server: AgentConsoleServer;
  let token: string;
  const clock = manualClock('2026-11-24T10:00:00Z');
  beforeAll(async () => {
    server = await startAgentConsoleServer({ clock });
    token = (await callJson(server.url, 'POST', '/api/agent/login', { agentId: 'ann', password: 'ann-password' })).json.token;
  });
  afterAll(() => server.close());

  const queue = async () => (await callJson(server.url, 'GET', '/api/agent/queue', undefined, token)).json.handoffs;

  it('says who waits, where, for what, for how long, and the last thing said to or by them', async () => {
    const customer = restCustomer(server.url, 'lee');
    await customer.say('I want to return order #12346, it arrived broken');
    await customer.say('I want to talk to a human');
    clock.advance(90_000);
    const [entry] = await queue();
    expect(entry).toMatchObject({
      conversationId: customer.conversationId, queue: 'orders', status: 'waiting', priority: 60, frustration: 'low', waitingSeconds: 90,
      goal: 'Return an item', summary: 'Return an item: order number 12346, reason damaged (customer asked)',
      customer: { channel: 'rest' },
      lastMessage: { from: 'customer', text: 'I want to talk to a human', at: '2026-11-24T10:00:00.000Z' },
    });

    await customer.say('Hello? '.repeat(40));
    await callJson(server.url, 'POST', `/api/agent/handoffs/${entry.id}/note`, { text: 'Checking the order.' }, token);
    const [after] = await queue();
    expect(after.lastMessage.from).toBe('customer');
    expect(after.lastMessage.text).toHaveLength(140);
    expect(after.lastMessage.text.endsWith('…')).toBe(true);
  });
});
