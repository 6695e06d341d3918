// Random and mutated HTTP requests against every customer and agent endpoint of a real server:
// it never crashes and never answers 5xx; every error is JSON { error: { code, message } }; and a
// conversation running beside the fuzzing is unaffected. A fast-check property: a failure shrinks to
// a small case and is reported with its seed and path (see tests/support/fuzzArbitraries.ts to
// replay it). FUZZ_CASES sets the number of requests (1,000 in npm test; run FUZZ_CASES=10000 for
// the long run).
import fc from 'fast-check';
import { DEFAULT_LIMITS } from '../../src/server/serverContext';
import { startAgentConsoleServer, type AgentConsoleServer } from '../support/agentConsoleServer';
import { described, fuzzSettings, garbage, jsonValue, mutated } from '../support/fuzzArbitraries';

const SETTINGS = fuzzSettings({ seed: 20261124, cases: 1000 });
const CASES = SETTINGS.numRuns;

interface Target { readonly method: 'GET' | 'POST'; readonly path: string; readonly valid: Record<string, unknown>; readonly token?: 'customer' | 'agent' }

describe('HTTP fuzzing', () => {
  let server: AgentConsoleServer;
  let url: string;

  beforeAll(async () => {
    // One address sends everything here: the rate limits are raised so they do not hide the answers.
    server = await startAgentConsoleServer({ limits: { ...DEFAULT_LIMITS, turnsPerAddress: 1_000_000, turnsPerConversation: 1_000_000 } });
    url = server.url;
  });
  afterAll(() => server.close());

  it(`answers ${CASES} random and mutated requests with replies or 4xx JSON errors, and a conversation beside them goes on unaffected`, async () => {
    const json = async (method: string, path: string, body?: unknown, token?: string) => {
      const res = await fetch(`${url}${path}`, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
      return { status: res.status, body: await res.json() as Record<string, any> };
    };
    const agentToken = (await json('POST', '/api/agent/login', { agentId: 'ann', password: 'ann-password' })).body.token as string;
    const dl = (await json('POST', '/v3/directline/tokens/generate', {})).body as { token: string };
    const conversation = (await json('POST', '/v3/directline/conversations', undefined, dl.token)).body as { conversationId: string; token: string };
    const control = await json('POST', '/api/chat', { userId: 'control', text: 'I want to return order #12346' });
    const controlId = control.body.conversationId as string;
    const fuzzId = (await json('POST', '/api/chat', { userId: 'fuzz', text: 'hello' })).body.conversationId as string;

    const targets: Target[] = [
      { method: 'POST', path: '/api/chat', valid: { userId: 'fuzz', text: 'where is my order', conversationId: fuzzId } },
      { method: 'POST', path: '/api/chat', valid: { userId: 'fuzz', text: 'I want to return order #12346', payload: 'choice:0' } },
      { method: 'GET', path: `/api/chat/${fuzzId}/messages?userId=fuzz`, valid: {} },
      { method: 'GET', path: `/api/chat/${controlId}/messages?userId=fuzz`, valid: {} },
      { method: 'POST', path: '/v3/directline/tokens/generate', valid: { user: { id: 'fuzz', name: 'Fuzz' } } },
      { method: 'POST', path: '/v3/directline/tokens/refresh', valid: {}, token: 'customer' },
      { method: 'POST', path: '/v3/directline/conversations', valid: {}, token: 'customer' },
      { method: 'POST', path: `/v3/directline/conversations/${conversation.conversationId}/activities`, valid: { type: 'message', from: { id: 'fuzz' }, text: 'hello' }, token: 'customer' },
      { method: 'GET', path: `/v3/directline/conversations/${conversation.conversationId}/activities?watermark=0`, valid: {}, token: 'customer' },
      { method: 'POST', path: '/api/agent/login', valid: { agentId: 'ann', password: 'wrong-password' } },
      { method: 'GET', path: '/api/agent/queue', valid: {}, token: 'agent' },
      { method: 'POST', path: '/api/agent/handoffs/no-such-handoff/reply', valid: { text: 'hi' }, token: 'agent' },
      { method: 'POST', path: '/api/agent/handoffs/no-such-handoff/transfer', valid: { queue: 'billing' }, token: 'agent' },
      { method: 'POST', path: '/api/agent/handoffs/no-such-handoff/handback', valid: { flow: 'return_item', state: 'start', slots: { order_id: '1' } }, token: 'agent' },
    ];
    // One request: a target with a body made for it (garbage, random JSON or its valid body mutated).
    const requests = fc.record({
      sent: fc.oneof(...targets.map((target) => fc.record({
        target: fc.constant(target),
        raw: fc.oneof({ weight: 70, arbitrary: mutated(target.valid).map((body) => JSON.stringify(body)) },
          { weight: 15, arbitrary: garbage(40) }, { weight: 15, arbitrary: jsonValue.map((v) => JSON.stringify(v)) }),
      }))),
      contentType: fc.oneof({ weight: 9, arbitrary: fc.constant('application/json') }, fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', '')),
      garbled: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, fc.constant(true)),
    }).map(({ sent, ...rest }) => described({ ...sent, ...rest }));
    const statuses = new Map<number, number>();
    await fc.assert(fc.asyncProperty(requests, async ({ target, raw, contentType, garbled }) => {
      const token = target.token === 'agent' ? agentToken : target.token === 'customer' ? conversation.token : undefined;
      const sentToken = token && garbled ? `${token}x` : token;
      const res = await fetch(`${url}${target.path}`, {
        method: target.method,
        headers: { ...(contentType ? { 'content-type': contentType } : {}), ...(sentToken ? { authorization: `Bearer ${sentToken}` } : {}) },
        ...(target.method === 'POST' ? { body: raw } : {}),
      });
      const text = await res.text();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      expect(res.status).toBeLessThan(500);
      if (res.status >= 400) {
        const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
        expect([typeof parsed.error?.code, typeof parsed.error?.message]).toEqual(['string', 'string']);
      }
    }), SETTINGS);
    if (SETTINGS.path) return; // one case replayed: the property alone is checked
    // Both kinds of answer came: the fuzzing reached the handlers, not only the parsers.
    expect([...statuses.keys()].some((s) => s < 300)).toBe(true);
    expect([...statuses.keys()].some((s) => s >= 400)).toBe(true);

    const after = await json('POST', '/api/chat', { userId: 'control', conversationId: controlId, text: 'it arrived broken' });
    expect(after.status).toBe(200);
    expect((after.body.replies as Array<{ text: string }>).map((r) => r.text)).toContain("I'm sorry it arrived damaged.");
    expect((await json('GET', '/healthz')).status).toBe(200);
  }, 120_000);
});
