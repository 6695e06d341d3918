// The app records analytics events for every turn and handoff in the store, where the summary reads
// them: two conversations over REST, one contained (understood, rated) and one handed to an agent.
import { summariseAnalytics } from '../../src/analytics/summariseAnalytics';
import { callJson, restCustomer, startAgentConsoleServer, type AgentConsoleServer } from '../support/agentConsoleServer';

describe('analytics recorded by the app', () => {
  let server: AgentConsoleServer;
  beforeAll(async () => { server = await startAgentConsoleServer(); });
  afterAll(() => server.close());

  it('stores turn, handoff and claim events that the summary turns into containment and CSAT', async () => {
    const token = (await callJson(server.url, 'POST', '/api/agent/login', { agentId: 'ann', password: 'ann-password' })).json.token as string;
    const kim = restCustomer(server.url, 'kim');
    await kim.say('how much is shipping');
    await kim.say('yes');
    await kim.say('no');
    await kim.say('5');
    const lee = restCustomer(server.url, 'lee');
    await lee.say('blorp blorp');
    await lee.say('I want to talk to a human');
    const queue = await callJson(server.url, 'GET', '/api/agent/queue', undefined, token);
    const handoff = (queue.json.handoffs as Array<{ id: string }>)[0]!;
    expect((await callJson(server.url, 'POST', `/api/agent/handoffs/${handoff.id}/claim`, {}, token)).status).toBe(200);

    // Recording runs beside the turn: wait until the claim's event is in.
    let events = await server.stores.analytics.query('acme', new Date('2026-11-24T00:00:00Z'), new Date('2026-11-25T00:00:00Z'));
    for (let i = 0; i < 50 && !events.some((e) => e.type === 'claimed'); i++) {
      await new Promise((r) => setTimeout(r, 20));
      events = await server.stores.analytics.query('acme', new Date('2026-11-24T00:00:00Z'), new Date('2026-11-25T00:00:00Z'));
    }
    expect(events.filter((e) => e.type === 'handoff')).toEqual([expect.objectContaining({ queue: 'orders', reason: 'customer_asked', mode: 'queue' })]);
    expect(events.filter((e) => e.type === 'faqFeedback')).toEqual([expect.objectContaining({ helpful: true })]);
    expect(events.filter((e) => e.type === 'satisfaction')).toEqual([expect.objectContaining({ score: 5 })]);
    const summary = summariseAnalytics(events);
    expect(summary.conversations).toBe(2);
    expect(summary.containmentRate).toBe(0.5);
    expect(summary.csat.average).toBe(5);
    expect(summary.notUnderstood.map((n) => n.text)).toContain('blorp blorp');
  });
});
