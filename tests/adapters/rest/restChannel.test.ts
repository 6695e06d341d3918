// The REST channel over a real port: a conversation, its ownership, and every kind of bad request.
import { connect } from 'node:net';
import { createRestChannel } from '../../../adapters/rest/restChannel';
import { allSlotValues, type ConversationState } from '../../../src/engine/conversationState';
import { startTestServer, type TestServer } from '../../support/startTestServer';

let server: TestServer;
beforeAll(async () => { server = await startTestServer([createRestChannel()], { limits: { maxMessageChars: 500, maxBodyBytes: 8192 } }); });
afterAll(() => server.close());

async function post(body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<{ status: number; json: any }> {
  const res = await fetch(`${server.url}/api/chat`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, json: await res.json() };
}

describe('POST /api/chat', () => {
  it('holds a return conversation from greeting to label', async () => {
    const first = await post({ userId: 'u1', text: 'I want to return order #12346, it arrived broken' });
    expect(first.status).toBe(200);
    expect(first.json.conversationId).toMatch(/^rest-/);
    const texts = first.json.replies.map((r: { text: string }) => r.text);
    expect(texts[0]).toMatch(/Acme's assistant|Hello!/);
    expect(texts.slice(1)).toEqual(["I'm sorry it arrived damaged.", 'Shall I email you a free return label for your phone charger?']);
    const yes = first.json.replies[2].quickReplies[0];
    const second = await post({ userId: 'u1', conversationId: first.json.conversationId, text: yes.title, payload: yes.payload });
    expect(second.json.replies[0].text).toBe('Done: a return label for order 12346 is on its way to your inbox.');
  });

  it('reports a handoff in the response', async () => {
    const res = await post({ userId: 'u2', text: 'I want to talk to a human' });
    expect(res.json.handoff).toMatchObject({ queue: 'orders', mode: 'queue' });
    expect(res.json.status).toBe('handoff');
  });

  it("refuses another user's conversation with 403", async () => {
    const mine = await post({ userId: 'owner', text: 'hello' });
    const theirs = await post({ userId: 'intruder', conversationId: mine.json.conversationId, text: 'hi' });
    expect(theirs.status).toBe(403);
    expect(theirs.json.error.code).toBe('forbidden');
  });

  it.each([
    ['malformed JSON', '{"userId":', 400, 'bad_request'],
    ['a body that is not an object', '[1,2]', 400, 'bad_request'],
    ['a missing userId', { text: 'hi' }, 400, 'bad_request'],
    ['a userId that is not a string', { userId: 5, text: 'hi' }, 400, 'bad_request'],
    ['a conversation id with bad characters', { userId: 'u', conversationId: '../etc', text: 'hi' }, 400, 'bad_request'],
    ['text that is not a string', { userId: 'u', text: { a: 1 } }, 400, 'bad_request'],
    ['a message over the limit', { userId: 'u', text: 'x'.repeat(501) }, 413, 'message_too_long'],
    ['a body over the limit', { userId: 'u', text: 'x'.repeat(9000) }, 413, 'body_too_large'],
  ])('answers %s with %i and a JSON error', async (_name, body, status, code) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    expect(res.json.error.code).toBe(code);
  });

  it('answers the wrong content type with 415', async () => {
    const res = await post('userId=u&text=hi', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(415);
    expect(res.json.error.code).toBe('unsupported_media_type');
  });

  it('keeps serving other conversations after bad requests', async () => {
    await Promise.all([post('{bad'), post({}), post({ userId: 'u', text: 'x'.repeat(9000) })]);
    const ok = await post({ userId: 'u3', text: 'how much is shipping' });
    expect(ok.json.replies.map((r: { text: string }) => r.text)).toContain('Shipping is free on orders over £50; otherwise it is £4.99.');
  });
});

describe('a client that disconnects mid-reply', () => {
  it('loses nothing: the turn completes and the next request sees it', async () => {
    const first = await post({ userId: 'quitter', text: 'I want to return something' });
    const id = first.json.conversationId as string;
    // The whole request reaches the server, then the client is gone before the reply.
    const body = JSON.stringify({ userId: 'quitter', conversationId: id, text: '#12346' });
    const { port } = new URL(server.url);
    await new Promise<void>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(`POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`, () => {
          socket.destroy();
          resolve();
        });
      });
    });
    await new Promise((r) => setTimeout(r, 300));
    const next = await post({ userId: 'quitter', conversationId: id, text: 'it arrived damaged' });
    expect(next.status).toBe(200);
    const state = (await server.store.loadState('acme', id)) as ConversationState;
    expect(allSlotValues(state)).toMatchObject({ order_id: '12346', reason: 'damaged' });
  });
});

describe('health', () => {
  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${server.url}/readyz`)).json()).toEqual({ status: 'ready', bot: 'acme', store: 'reachable' });
  });

  it('answers an unknown path with a JSON 404', async () => {
    const res = await fetch(`${server.url}/nowhere`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});
