// The console's routes over a real port: the page with the bot's name and a strict content
// policy, its files and nothing else, and GET /api/agent/bot only for signed-in agents.
import { callJson, startAgentConsoleServer, type AgentConsoleServer } from '../../support/agentConsoleServer';

describe('the agent console routes', () => {
  let srv: AgentConsoleServer;

  beforeAll(async () => {
    srv = await startAgentConsoleServer();
  });
  afterAll(() => srv.close());

  it('serves the page with the bot name, a content policy that allows no inline script, and no framing', async () => {
    const res = await fetch(`${srv.url}/agent`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self';");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const html = await res.text();
    expect(html).toContain('<title>Acme Support · Agent console</title>');
    expect(html).not.toContain('{{');
    const slash = await fetch(`${srv.url}/agent/`, { redirect: 'manual' });
    expect([slash.status, slash.headers.get('location')]).toEqual([301, '/agent']);
  });

  it('serves its scripts, styles and icon with their types and answers 304 to a known ETag', async () => {
    for (const [file, type] of [['app.js', 'text/javascript; charset=utf-8'], ['console.css', 'text/css; charset=utf-8'], ['icon.svg', 'image/svg+xml']] as const) {
      const res = await fetch(`${srv.url}/agent/${file}`);
      expect([file, res.status, res.headers.get('content-type')]).toEqual([file, 200, type]);
      const again = await fetch(`${srv.url}/agent/${file}`, { headers: { 'if-none-match': res.headers.get('etag')! } });
      expect(again.status).toBe(304);
    }
  });

  it('answers 404 for files it does not have, the raw page and paths that try to leave its folder', async () => {
    for (const path of ['/agent/nope.js', '/agent/index.html', '/agent/..%2FagentConsole.ts', '/agent/%2e%2e%2fpackage.json']) {
      expect([path, (await fetch(`${srv.url}${path}`)).status]).toEqual([path, 404]);
    }
  });

  it('tells signed-in agents the bot\'s queues, agents, flows, states and slots, and refuses everyone else', async () => {
    expect((await callJson(srv.url, 'GET', '/api/agent/bot')).status).toBe(401);
    expect((await callJson(srv.url, 'GET', '/api/agent/bot', undefined, 'not-a-token')).json.error.code).toBe('unauthorized');
    const { token } = (await callJson(srv.url, 'POST', '/api/agent/login', { agentId: 'ann', password: 'ann-password' })).json;
    const { status, json } = await callJson(srv.url, 'GET', '/api/agent/bot', undefined, token);
    expect(status).toBe(200);
    expect(json).toMatchObject({ id: 'acme', name: 'Acme Support', locale: 'en-GB', timezone: 'Europe/London' }); // an en bot in GB: times as in Britain
    expect(json.queues.map((q: { name: string }) => q.name)).toEqual(['orders', 'accounts', 'billing']);
    // Agents whose accounts name no languages speak the bot's main language.
    expect(json.agents).toEqual([{ id: 'ann', name: 'Ann Lee', queues: ['orders'], languages: ['en'] }, { id: 'bob', name: 'Bob Stone', queues: ['orders', 'billing'], languages: ['en'] }]);
    expect(json.languages).toEqual(['en', 'es', 'de']);
    expect(json.flows.return_item).toEqual({
      title: 'your return', goal: 'Return an item', start: 'start', slots: ['order_id', 'email', 'reason', 'order_item'],
      labels: { order_id: 'Order number', email: 'Email', reason: 'Reason', order_item: 'Order item' },
      states: ['start', 'check', 'triage', 'sorry', 'confirm', 'done', 'kept', 'not_delivered', 'too_late', 'human'],
    });
    expect(json.intents).toMatchObject({ return_item: 'Return an item', order_status: expect.any(String) });
    // A token in the address is for the event stream (EventSource) only.
    expect((await callJson(srv.url, 'GET', `/api/agent/bot?token=${encodeURIComponent(token)}`)).status).toBe(401);
    await callJson(srv.url, 'POST', '/api/agent/logout', {}, token);
    expect((await callJson(srv.url, 'GET', '/api/agent/bot', undefined, token)).status).toBe(401);
  });
});
