// Rate limits on the REST channel over a real port: a conversation's turns per window, a client
// address's turns across conversations, X-Forwarded-For only behind a trusted proxy, and the
// window's end letting the conversation talk again; and new conversations per client address.
import { createDirectLineChannel } from '../../adapters/directline/directLineChannel';
import { createRestChannel } from '../../adapters/rest/restChannel';
import { createWebchatPage } from '../../adapters/webchat/webchatPage';
import { startTestServer, type TestServer } from '../support/startTestServer';

const WINDOW_MS = 2000;

async function chat(server: TestServer, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<{ status: number; json: any; retryAfter: string | null }> {
  const res = await fetch(`${server.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, json: await res.json(), retryAfter: res.headers.get('retry-after') };
}

describe('turns per conversation', () => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer([createRestChannel()], { limits: { turnsPerConversation: 30, turnsPerAddress: 1000, turnWindowMs: WINDOW_MS } }); });
  afterAll(() => server.close());

  it('answers the 31st turn of a conversation with 429 and Retry-After, stores nothing of it, and lets it talk again after the window', async () => {
    const first = await chat(server, { userId: 'busy', text: 'hello' });
    expect(first.status).toBe(200);
    const conversationId = first.json.conversationId as string;
    for (let turn = 2; turn <= 30; turn++) expect((await chat(server, { userId: 'busy', conversationId, text: 'what is your returns policy' })).status).toBe(200);
    const before = await server.store.transcript('acme', conversationId);
    const stateBefore = await server.store.loadState('acme', conversationId);

    const limited = await chat(server, { userId: 'busy', conversationId, text: 'one too many' });
    expect(limited.status).toBe(429);
    expect(limited.json).toEqual({ error: { code: 'rate_limited', message: expect.stringMatching(/try again in \d+ seconds/) } });
    const retryAfter = Number(limited.retryAfter);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_MS / 1000);
    expect(await server.store.transcript('acme', conversationId)).toEqual(before);
    expect(await server.store.loadState('acme', conversationId)).toEqual(stateBefore);

    const other = await chat(server, { userId: 'calm', text: 'hello' });
    expect(other.status).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
    const again = await chat(server, { userId: 'busy', conversationId, text: 'what is your returns policy' });
    expect(again.status).toBe(200);
    expect((await server.store.transcript('acme', conversationId)).length).toBeGreaterThan(before.length);
  });
});

describe('turns per client address', () => {
  let server: TestServer;
  afterEach(() => server.close());

  it('applies across conversations, whatever X-Forwarded-For claims', async () => {
    server = await startTestServer([createRestChannel()], { limits: { turnsPerConversation: 30, turnsPerAddress: 5, turnWindowMs: 60_000 } });
    for (let i = 0; i < 5; i++) expect((await chat(server, { userId: `u${i}`, text: 'hello' }, { 'x-forwarded-for': `10.0.0.${i}` })).status).toBe(200);
    const limited = await chat(server, { userId: 'u9', text: 'hello' }, { 'x-forwarded-for': '10.0.0.9' });
    expect([limited.status, limited.json.error.code]).toEqual([429, 'rate_limited']);
    expect(Number(limited.retryAfter)).toBeGreaterThanOrEqual(1);
  });

  it('takes the first X-Forwarded-For entry as the address behind a trusted proxy', async () => {
    server = await startTestServer([createRestChannel()], { limits: { turnsPerConversation: 30, turnsPerAddress: 2, turnWindowMs: 60_000, trustProxy: true } });
    const from = (address: string) => ({ 'x-forwarded-for': `${address}, 127.0.0.1` });
    expect((await chat(server, { userId: 'a1', text: 'hello' }, from('203.0.113.1'))).status).toBe(200);
    expect((await chat(server, { userId: 'a2', text: 'hello' }, from('203.0.113.1'))).status).toBe(200);
    expect((await chat(server, { userId: 'a3', text: 'hello' }, from('203.0.113.1'))).status).toBe(429);
    expect((await chat(server, { userId: 'b1', text: 'hello' }, from('203.0.113.2'))).status).toBe(200);
  });

  it('counts an IPv6 client by its /64, and an IPv4 client the same however its proxy writes it', async () => {
    server = await startTestServer([createRestChannel()], { limits: { turnsPerConversation: 30, turnsPerAddress: 2, turnWindowMs: 60_000, trustProxy: true } });
    const from = (address: string) => ({ 'x-forwarded-for': address });
    expect((await chat(server, { userId: 'v1', text: 'hello' }, from('2001:db8:1:2::1'))).status).toBe(200);
    expect((await chat(server, { userId: 'v2', text: 'hello' }, from('2001:db8:1:2:aaaa:bbbb:cccc:dddd'))).status).toBe(200);
    expect((await chat(server, { userId: 'v3', text: 'hello' }, from('2001:0db8:0001:0002:0000:0000:0000:0003'))).status).toBe(429);
    expect((await chat(server, { userId: 'w1', text: 'hello' }, from('2001:db8:1:3::1'))).status).toBe(200);
    expect((await chat(server, { userId: 'x1', text: 'hello' }, from('198.51.100.4'))).status).toBe(200);
    expect((await chat(server, { userId: 'x2', text: 'hello' }, from('::ffff:198.51.100.4'))).status).toBe(200);
    expect((await chat(server, { userId: 'x3', text: 'hello' }, from('198.51.100.4'))).status).toBe(429);
  });
});

describe('conversations started per client address', () => {
  let server: TestServer;
  afterEach(() => server.close());

  it('limits tokens and new Direct Line conversations from one address, leaving its open conversations talking', async () => {
    const directLine = createDirectLineChannel({ secret: '' });
    server = await startTestServer([directLine, createWebchatPage(directLine)], { limits: { conversationsPerAddress: 4, turnWindowMs: 60_000 } });
    const post = async (path: string, token?: string, body?: unknown): Promise<{ status: number; json: any; retryAfter: string | null }> => {
      const res = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body ?? {}) });
      return { status: res.status, json: await res.json(), retryAfter: res.headers.get('retry-after') };
    };
    // A page load: a token from the page's route, then the conversation (two starts); then two generated tokens.
    const page = await post('/webchat/token');
    const opened = await post('/v3/directline/conversations', page.json.token);
    expect([page.status, opened.status]).toEqual([200, 201]);
    expect((await post('/v3/directline/tokens/generate')).status).toBe(200);
    expect((await post('/v3/directline/tokens/generate')).status).toBe(200);
    for (const path of ['/webchat/token', '/v3/directline/tokens/generate']) {
      const limited = await post(path);
      expect([limited.status, limited.json.error.code]).toEqual([429, 'rate_limited']);
      expect(limited.json.error.message).toMatch(/Too many new conversations/);
      expect(Number(limited.retryAfter)).toBeGreaterThanOrEqual(1);
    }
    // The conversation already open goes on.
    const sent = await post(`/v3/directline/conversations/${opened.json.conversationId}/activities`, opened.json.token, { type: 'message', from: { id: 'me' }, text: 'hello' });
    expect(sent.status).toBe(200);
  });
});
