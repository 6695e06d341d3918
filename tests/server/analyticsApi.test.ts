// GET /api/agent/analytics: agents only; a period in the bot's days (default the last seven up to
// the server's today); a clear 400 for a period that is not one.
import { callJson, restCustomer, startAgentConsoleServer, type AgentConsoleServer } from '../support/agentConsoleServer';

describe('GET /api/agent/analytics', () => {
  let server: AgentConsoleServer;
  let token: string;
  beforeAll(async () => {
    server = await startAgentConsoleServer();
    token = (await callJson(server.url, 'POST', '/api/agent/login', { agentId: 'bob', password: 'bob-password' })).json.token;
    await restCustomer(server.url, 'kim').say('how much is shipping');
  });
  afterAll(() => server.close());

  it('needs an agent\'s sign-in', async () => {
    expect(await callJson(server.url, 'GET', '/api/agent/analytics')).toEqual({ status: 401, json: { error: expect.objectContaining({ code: 'unauthorized' }) } });
    expect((await callJson(server.url, 'GET', '/api/agent/analytics', undefined, 'not-a-token')).status).toBe(401);
  });

  it('reports the last seven days by default, in the bot\'s time zone', async () => {
    const { status, json } = await callJson(server.url, 'GET', '/api/agent/analytics', undefined, token);
    expect(status).toBe(200);
    expect(json.bot).toEqual({ id: 'acme', name: 'Acme Support', timezone: 'Europe/London' });
    expect(json.period).toMatchObject({ fromDay: '2026-11-18', toDay: '2026-11-24', timezone: 'Europe/London' });
    expect(json.summary).toMatchObject({ conversations: 1, intents: { shipping_cost: 1 } });
    // The authors' titles of what it counts by name: FAQ entries, intents and flows.
    expect(json.titles.intents.shipping_cost).toBe('Shipping costs');
    expect(json.titles.flows.return_item).toBe('Return an item');
  });

  it('answers 400 with the reason for a period that is not one', async () => {
    const backwards = await callJson(server.url, 'GET', '/api/agent/analytics?from=2026-11-24&to=2026-11-01', undefined, token);
    expect(backwards).toEqual({ status: 400, json: { error: { code: 'bad_period', message: '"from" (2026-11-24) must be before "to" (2026-11-01).' } } });
    const tooLong = await callJson(server.url, 'GET', '/api/agent/analytics?from=2020-01-01&to=2026-11-01', undefined, token);
    expect(tooLong.status).toBe(400);
    expect(tooLong.json.error.message).toContain('at most 366 days');
    const garbage = await callJson(server.url, 'GET', `/api/agent/analytics?from=${encodeURIComponent('<script>')}`, undefined, token);
    expect(garbage.status).toBe(400);
    expect((await callJson(server.url, 'GET', '/api/agent/analytics?from=2026-11-01&to=2026-11-07', undefined, token)).json.summary.conversations).toBe(0);
  });
});
