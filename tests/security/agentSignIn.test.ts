// The agent API, the console's data and the metrics need sign-in. The routes are read from the
// server itself, so a route added later cannot escape: every one that is not a page, health, the
// sign-in or a customer channel (those have their own credentials, tested beside this file) answers
// 401 JSON, changing nothing, without a token, with a garbage one, another scheme, an expired
// session, a signed-out one, a removed agent's API token, a customer's Direct Line token or the
// metrics token. Failed sign-ins are throttled; the pages anyone may load hold no data.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'restify';
import { createBotFrameworkChannel } from '../../adapters/botframework/botFrameworkChannel';
import { SESSION_HOURS } from '../../src/handoff/agentDirectory';
import { manualClock } from '../../src/runtime/clock';
import { DEFAULT_LIMITS } from '../../src/server/serverContext';
import { callJson, restCustomer, startAgentConsoleServer, type AgentConsoleServer } from '../support/agentConsoleServer';
import { startConversation } from '../support/directLineHttp';

const METRICS_TOKEN = 'metrics-scrape-secret';
const SECRET_TEXT = 'Zebediah Quux wants order 12345 rerouted';

/**
 * Routes anyone may call: pages and scripts holding no data (the web chat launcher sites embed), health, the sign-in, the customer channels, whether
 * agents are online (no names), and the sample bot's address service (a stand-in for a system
 * outside Baton that the sample's webhook calls: it reads nothing stored and changes nothing), and
 * attached files at their signed addresses.
 */
const OPEN_ROUTES = new Set([
  'GET /', 'GET /embed.js', 'GET /webchat/:file', 'POST /webchat/token', 'GET /healthz', 'GET /readyz',
  'GET /agent', 'GET /agent/', 'GET /agent/:file', 'GET /agent/analytics', 'POST /api/agent/login',
  'POST /api/chat', 'GET /api/chat/:conversationId/messages', 'POST /api/messages', 'GET /api/chat/agents',
  'POST /sample/address',
  // A stored file, only at the signed, expiring address its conversation's people were given (403 otherwise: see directLineUpload.test.ts).
  'GET /attachments/:id',
]);
const isOpen = (route: string): boolean => OPEN_ROUTES.has(route) || / \/v3\/directline\//.test(route);

/** "METHOD /path" of every route the server registered. */
function routesOf(server: Server): string[] {
  const { routes } = server.getDebugInfo() as unknown as { routes: Array<{ method: string; path: string }> };
  return routes.map((r) => `${r.method.toUpperCase()} ${r.path}`);
}

interface Credential {
  readonly name: string;
  readonly headers: Record<string, string>;
  readonly query?: string;
  /** A route this credential does open (the metrics token opens /metrics). */
  readonly opens?: string;
}

describe('sign-in for agent routes', () => {
  const clock = manualClock('2026-11-24T10:00:00Z');
  let srv: AgentConsoleServer;
  let handoffId: string;
  let ticketId: string;
  let agentOnly: string[];
  const credentials: Credential[] = [];
  const login = async (agentId: string, password: string) => callJson(srv.url, 'POST', '/api/agent/login', { agentId, password });
  const signIn = async (agentId: string, password: string): Promise<string> => (await login(agentId, password)).json.token as string;
  const call = (route: string, credential: Pick<Credential, 'headers' | 'query'>, signal?: AbortSignal) => {
    const [method, path] = route.split(' ') as [string, string];
    const filled = path.replace(':id', path.startsWith('/api/agent/tickets/') ? ticketId : handoffId).replace(/:\w+/g, 'x');
    return fetch(`${srv.url}${filled}${credential.query ? `?${credential.query}` : ''}`, {
      method, headers: { ...credential.headers, ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) },
      ...(method === 'POST' ? { body: JSON.stringify({ text: 'let me in', queue: 'billing', agentId: 'bob' }) } : {}), ...(signal ? { signal } : {}),
    });
  };

  beforeAll(async () => {
    process.env.BATON_METRICS_TOKEN = METRICS_TOKEN;
    srv = await startAgentConsoleServer({ clock, webchat: true, extraChannels: [createBotFrameworkChannel({ settings: {} })] });
    delete process.env.BATON_METRICS_TOKEN;
    agentOnly = routesOf(srv.app.server).filter((route) => !isOpen(route));
    // A signed-in agent staffs the queue, so the customer's handoff waits for one.
    const expiring = await signIn('ann', 'ann-password');
    const zeb = restCustomer(srv.url, 'zeb');
    await zeb.say(SECRET_TEXT);
    await zeb.say('I want to talk to a human');
    [handoffId] = (await srv.app.service.store.list({ statuses: ['waiting'] })).map((h) => h.id) as [string];
    expect(handoffId).toBeDefined();
    // A ticket of the same queue, for the ticket routes.
    const waiting = (await srv.app.service.store.get(handoffId))!;
    ticketId = (await srv.app.service.enqueue(waiting.botId, { ...waiting.packet, conversationId: `${waiting.conversationId}-ticket` }, 'ticket')).id;
    clock.advance(SESSION_HOURS * 3600_000 + 1000);
    const signedOut = await signIn('bob', 'bob-password');
    await callJson(srv.url, 'POST', '/api/agent/logout', {}, signedOut);
    await srv.app.accounts.save({ id: 'cy', name: 'Cy Ray', queues: ['orders'], capacity: 1 }, 'cy-password');
    const removed = await srv.app.accounts.createApiToken('cy');
    await srv.app.accounts.remove('cy');
    const customer = await startConversation(`${srv.url}/v3/directline`);
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
    const live = await signIn('ann', 'ann-password');
    credentials.push(
      { name: 'no credentials', headers: {} },
      { name: 'a garbage bearer token', headers: bearer('not-a-token') },
      { name: 'a garbage ?token=', headers: {}, query: 'token=not-a-token' },
      { name: "an agent's password as Basic auth", headers: { authorization: `Basic ${Buffer.from('ann:ann-password').toString('base64')}` } },
      { name: 'an expired session', headers: bearer(expiring) },
      { name: 'an expired session as ?token=', headers: {}, query: `token=${encodeURIComponent(expiring)}` },
      { name: 'a session that signed out', headers: bearer(signedOut) },
      { name: "a removed agent's API token", headers: bearer(removed) },
      { name: "a customer's Direct Line token", headers: bearer(customer.token) },
      { name: 'the metrics token', headers: bearer(METRICS_TOKEN), opens: 'GET /metrics' },
      { name: 'a live session as ?token= (only the event stream takes one there)', headers: {}, query: `token=${encodeURIComponent(live)}`, opens: 'GET /api/agent/events' },
    );
  });
  afterAll(() => srv.close());

  it('finds every agent API route, the console data, the event stream and the metrics among the routes that need sign-in', () => {
    expect(agentOnly).toEqual(expect.arrayContaining([
      'POST /api/agent/logout', 'GET /api/agent/queue', 'GET /api/agent/events', 'GET /api/agent/handoffs/:id', 'POST /api/agent/handoffs/:id/claim',
      'POST /api/agent/handoffs/:id/reply', 'POST /api/agent/handoffs/:id/note', 'POST /api/agent/handoffs/:id/resolve', 'GET /api/agent/bot', 'GET /metrics',
    ]));
    expect(agentOnly.filter((route) => / \/api\/agent\//.test(route))).toEqual(routesOf(srv.app.server).filter((r) => / \/api\/agent\//.test(r) && r !== 'POST /api/agent/login'));
  });

  it('answers 401 JSON with no data to every bad credential on every such route, and changes nothing', async () => {
    const answers: string[] = [];
    for (const route of agentOnly) {
      for (const credential of credentials.filter((c) => c.opens !== route)) {
        const res = await call(route, credential);
        const body = await res.text();
        answers.push(`${route} with ${credential.name}: ${res.status} ${res.headers.get('content-type')} ${/"code":"unauthorized"/.test(body) && !body.includes(handoffId) && !body.includes('Zebediah')}`);
      }
    }
    expect(answers).toEqual(answers.map((a) => a.replace(/: .*$/, ': 401 application/json true')));
    const handoff = (await srv.app.service.store.get(handoffId))!;
    expect([handoff.status, handoff.queue, handoff.messages.filter((m) => m.from !== 'customer')]).toEqual(['waiting', 'orders', []]);
  });

  it('lets a signed-in agent through on every route it reads, and a scraper with the token read the metrics', async () => {
    const token = await signIn('ann', 'ann-password');
    for (const route of agentOnly.filter((r) => r.startsWith('GET '))) {
      const stop = new AbortController();
      const res = await call(route, route === 'GET /metrics' ? { headers: { authorization: `Bearer ${METRICS_TOKEN}` } } : { headers: { authorization: `Bearer ${token}` } }, stop.signal);
      expect([route, res.status]).toEqual([route, 200]);
      stop.abort();
    }
    expect((await call('GET /metrics', { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
  });

  it('ends an open event stream when its session signs out; a token in the address is for the stream only', async () => {
    const token = await signIn('ann', 'ann-password');
    const stream = await fetch(`${srv.url}/api/agent/events?token=${encodeURIComponent(token)}`);
    const reader = stream.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain(': connected');
    expect((await callJson(srv.url, 'POST', `/api/agent/logout?token=${encodeURIComponent(token)}`)).status).toBe(401);
    expect((await callJson(srv.url, 'GET', `/api/agent/queue?token=${encodeURIComponent(token)}`)).status).toBe(401);
    expect((await callJson(srv.url, 'POST', '/api/agent/logout', {}, token)).status).toBe(200);
    let timer: NodeJS.Timeout | undefined;
    const ended = await Promise.race([reader.read().then((r) => r.done), new Promise((resolve) => { timer = setTimeout(() => resolve('still open'), 3000); })]);
    clearTimeout(timer);
    expect(ended).toBe(true);
    await reader.cancel();
    expect((await callJson(srv.url, 'GET', '/api/agent/queue', undefined, token)).status).toBe(401);
  });

  describe('the sign-in', () => {
    // The throttle's counts keep the system's time (rate-limiter-flexible's, or Redis's): the test
    // moves it with the server's clock, leaving timers real.
    const advance = (ms: number): void => {
      clock.advance(ms);
      jest.setSystemTime(Date.now() + ms);
    };
    beforeAll(() => jest.useFakeTimers({ now: Date.now(), doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] }));
    afterAll(() => jest.useRealTimers());
    beforeEach(() => advance(DEFAULT_LIMITS.signInWindowMs));

    it('answers a wrong password and an unknown agent alike, so agent ids cannot be found out', async () => {
      const wrong = await login('ann', 'not-her-password');
      const unknown = await login('nobody', 'not-her-password');
      expect([wrong.status, unknown.status]).toEqual([401, 401]);
      expect(wrong.json).toEqual(unknown.json);
    });

    it('refuses an agent id with 429 and Retry-After after 5 failures, even the right password, until the window ends', async () => {
      for (let i = 0; i < DEFAULT_LIMITS.signInFailuresPerAgent; i++) expect((await login('ann', `guess-${i}-password`)).status).toBe(401);
      const res = await fetch(`${srv.url}/api/agent/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ agentId: 'ann', password: 'ann-password' }) });
      expect([res.status, ((await res.json()) as { error: { code: string } }).error.code]).toEqual([429, 'too_many_sign_ins']);
      expect(Number(res.headers.get('retry-after'))).toBe(DEFAULT_LIMITS.signInWindowMs / 1000);
      expect((await login('bob', 'bob-password')).status).toBe(200);
      advance(DEFAULT_LIMITS.signInWindowMs - 60_000);
      expect((await login('ann', 'ann-password')).status).toBe(429);
      advance(60_000);
      expect((await login('ann', 'ann-password')).status).toBe(200);
    });

    it('refuses a client address after 20 failures across agent ids', async () => {
      for (let i = 0; i < DEFAULT_LIMITS.signInFailuresPerAddress; i++) expect((await login(`agent-${i % 10}`, 'a-wrong-password')).status).toBe(401);
      expect((await login('bob', 'bob-password')).status).toBe(429);
      advance(DEFAULT_LIMITS.signInWindowMs);
      expect((await login('bob', 'bob-password')).status).toBe(200);
    });

    it("forgets an agent id's failures when it signs in", async () => {
      const statuses: number[] = [];
      for (const password of ['wrong-1-pw', 'wrong-2-pw', 'wrong-3-pw', 'wrong-4-pw', 'ann-password', 'wrong-5-pw', 'wrong-6-pw', 'wrong-7-pw', 'wrong-8-pw', 'ann-password']) {
        statuses.push((await login('ann', password)).status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 200, 401, 401, 401, 401, 200]);
    });
  });

  it('serves pages and files that hold no data: no customer text, conversation, handoff or agent', async () => {
    const routes = routesOf(srv.app.server);
    const console = readdirSync(join(__dirname, '..', '..', 'adapters', 'console', 'public')).filter((f) => !f.endsWith('.html')).map((f) => `/agent/${f}`);
    const webchat = readdirSync(join(__dirname, '..', '..', 'adapters', 'webchat')).filter((f) => /\.(js|css|svg)$/.test(f)).map((f) => `/webchat/${f}`);
    const pages = ['/', '/agent', ...(routes.includes('GET /agent/analytics') ? ['/agent/analytics'] : []), ...console, ...webchat, '/api/chat/agents'];
    const conversationId = (await srv.app.service.store.get(handoffId))!.conversationId;
    for (const path of pages) {
      const res = await fetch(`${srv.url}${path}`);
      const body = await res.text();
      expect([path, res.status, ['Zebediah', conversationId, handoffId, 'Ann Lee', 'Bob Stone'].filter((secret) => body.includes(secret))]).toEqual([path, 200, []]);
    }
  });
});
