// Random and mutated HTTP requests against every customer and agent endpoint of a real server:
// it never crashes and never answers 5xx; every error is JSON { error: { code, message } }; and a
// conversation running beside the fuzzing is unaffected. Seeded, so a failure can be replayed:
// FUZZ_SEED picks the seed, FUZZ_CASES the number of requests (1,000 in npm test; run
// FUZZ_CASES=10000 for the long run).
import { DEFAULT_LIMITS } from '../../src/server/serverContext';
import { startAgentConsoleServer, type AgentConsoleServer } from '../support/agentConsoleServer';

const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const CASES = Number(process.env.FUZZ_CASES ?? 1000);

/** mulberry32: a small seeded generator, so every run with a seed sends the same requests. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRINGS = ['', ' ', 'hello', 'I want to talk to a human', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '__proto__', 'constructor',
  '\u0000', '\ud800', '💥'.repeat(50), 'a'.repeat(5000), '12345', 'choice:0', 'intent:talk_to_human', '../../etc/passwd', '%00', '{"a":1}', 'null', 'NaN'];

function randomValue(rand: () => number, depth = 0): unknown {
  const pick = Math.floor(rand() * (depth > 2 ? 6 : 8));
  switch (pick) {
    case 0: return null;
    case 1: return rand() < 0.5;
    case 2: return [0, -1, 1e308, Number.MAX_SAFE_INTEGER, 3.14, 12345][Math.floor(rand() * 6)];
    case 3: case 4: case 5: return STRINGS[Math.floor(rand() * STRINGS.length)];
    case 6: return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(rand, depth + 1));
    default: return Object.fromEntries(Array.from({ length: Math.floor(rand() * 4) }, () => [STRINGS[Math.floor(rand() * STRINGS.length)]!, randomValue(rand, depth + 1)]));
  }
}

/** A valid body with fields dropped, replaced by hostile strings or random values, or added. */
function mutate(rand: () => number, valid: Record<string, unknown>): unknown {
  const body: Record<string, unknown> = { ...valid };
  for (const key of Object.keys(body)) {
    const r = rand();
    if (r < 0.15) delete body[key];
    else if (r < 0.5) body[key] = STRINGS[Math.floor(rand() * STRINGS.length)];
    else if (r < 0.75) body[key] = randomValue(rand);
  }
  if (rand() < 0.3) body[STRINGS[Math.floor(rand() * STRINGS.length)]!] = randomValue(rand);
  return body;
}

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
    const rand = generator(SEED);
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
    const statuses = new Map<number, number>();
    for (let i = 0; i < CASES; i++) {
      const target = targets[Math.floor(rand() * targets.length)]!;
      const mode = rand();
      const raw = mode < 0.15 ? String.fromCharCode(...Array.from({ length: Math.floor(rand() * 40) }, () => Math.floor(rand() * 256)))
        : mode < 0.3 ? JSON.stringify(randomValue(rand))
          : JSON.stringify(mutate(rand, target.valid));
      const contentType = rand() < 0.9 ? 'application/json' : ['text/plain', 'application/x-www-form-urlencoded', ''][Math.floor(rand() * 3)]!;
      const token = target.token === 'agent' ? agentToken : target.token === 'customer' ? conversation.token : undefined;
      const garbledToken = token && rand() < 0.1 ? `${token}x` : token;
      const res = await fetch(`${url}${target.path}`, {
        method: target.method,
        headers: { ...(contentType ? { 'content-type': contentType } : {}), ...(garbledToken ? { authorization: `Bearer ${garbledToken}` } : {}) },
        ...(target.method === 'POST' ? { body: raw } : {}),
      });
      const text = await res.text();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const where = `case ${i} (seed ${SEED}): ${target.method} ${target.path} ${contentType} ${raw.slice(0, 200)}`;
      expect([where, res.status < 500]).toEqual([where, true]);
      if (res.status >= 400) {
        const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
        expect([where, typeof parsed.error?.code, typeof parsed.error?.message]).toEqual([where, 'string', 'string']);
      }
    }
    // Both kinds of answer came: the fuzzing reached the handlers, not only the parsers.
    expect([...statuses.keys()].some((s) => s < 300)).toBe(true);
    expect([...statuses.keys()].some((s) => s >= 400)).toBe(true);

    const after = await json('POST', '/api/chat', { userId: 'control', conversationId: controlId, text: 'it arrived broken' });
    expect(after.status).toBe(200);
    expect((after.body.replies as Array<{ text: string }>).map((r) => r.text)).toContain("I'm sorry it arrived damaged.");
    expect((await json('GET', '/healthz')).status).toBe(200);
  }, 120_000);
});
