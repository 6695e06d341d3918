// Direct Line tokens: signed, scoped to one conversation, expiring and refreshable; the secret
// guards token generation when it is configured.
import { UnsecuredJWT } from 'jose';
import { createTokenSigner } from '../../../adapters/directline/tokenSigner';
import { manualClock } from '../../../src/runtime/clock';
import { call, say, startConversation } from '../../support/directLineHttp';
import { startDirectLineServer, type DirectLineServer } from '../../support/directLineServer';

describe('Direct Line tokens without a configured secret', () => {
  const clock = manualClock(new Date());
  let srv: DirectLineServer;
  beforeAll(async () => {
    srv = await startDirectLineServer({ clock });
  });
  afterAll(() => srv.close());

  it('are generated for anyone, for a new conversation, lasting 30 minutes', async () => {
    const res = await call(srv.domain, 'POST', '/tokens/generate');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ conversationId: expect.stringMatching(/^dl-/), token: expect.any(String), expires_in: 1800 });
    const claims = JSON.parse(Buffer.from(res.body.token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ conv: res.body.conversationId, user: expect.stringMatching(/^dl_/), scope: 'conversation' });
  });

  it('carry the user named when the token is generated', async () => {
    const res = await call(srv.domain, 'POST', '/tokens/generate', { body: { user: { id: 'sam-42', name: 'Sam' } } });
    const started = await call(srv.domain, 'POST', '/conversations', { token: res.body.token });
    const log = await call(srv.domain, 'GET', `/conversations/${started.body.conversationId}/activities`, { token: started.body.token });
    await call(srv.domain, 'POST', `/conversations/${started.body.conversationId}/activities`, { token: started.body.token, body: say('hi', { from: { id: 'someone-else' } }) });
    const after = await call(srv.domain, 'GET', `/conversations/${started.body.conversationId}/activities?watermark=${log.body.watermark}`, { token: started.body.token });
    expect(after.body.activities[0].from).toEqual({ id: 'sam-42', name: 'Sam', role: 'user' });
  });

  it('never let a token for one conversation read or post to another', async () => {
    const a = await startConversation(srv.domain);
    const b = await startConversation(srv.domain);
    for (const [method, path] of [['GET', `/conversations/${b.conversationId}`], ['GET', `/conversations/${b.conversationId}/activities`], ['POST', `/conversations/${b.conversationId}/activities`]] as const) {
      const res = await call(srv.domain, method, path, { token: a.token, ...(method === 'POST' ? { body: say('hello') } : {}) });
      expect([path, res.status, res.body.error.code]).toEqual([path, 403, 'forbidden']);
    }
  });

  it('are refused when missing or forged (401), and a stream token cannot stand in for one (403)', async () => {
    const a = await startConversation(srv.domain);
    expect((await call(srv.domain, 'GET', `/conversations/${a.conversationId}/activities`)).status).toBe(401);
    const [header, claims] = a.token.split('.');
    const forgedClaims = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(claims ?? '', 'base64url').toString()), conv: 'dl-other' })).toString('base64url');
    const forged = await call(srv.domain, 'GET', '/conversations/dl-other/activities', { token: `${header}.${forgedClaims}.${a.token.split('.')[2]}` });
    expect([forged.status, forged.body.error.code]).toEqual([401, 'invalid_token']);
    const streamToken = new URL(a.streamUrl).searchParams.get('t') ?? '';
    expect((await call(srv.domain, 'GET', `/conversations/${a.conversationId}/activities`, { token: streamToken })).status).toBe(403);
  });

  it('are refused (401) when unsigned, signed by another server, or not tokens at all', async () => {
    const a = await startConversation(srv.domain);
    const claims = JSON.parse(Buffer.from(a.token.split('.')[1] ?? '', 'base64url').toString());
    const unsigned = new UnsecuredJWT(claims).encode();
    const otherServer = await createTokenSigner('another-server', clock).sign({ conv: a.conversationId, user: claims.user }, 600);
    for (const token of [unsigned, otherServer, 'not.a.token', a.token.slice(0, -4)]) {
      const res = await call(srv.domain, 'GET', `/conversations/${a.conversationId}/activities`, { token });
      expect([token, res.status, res.body.error.code]).toEqual([token, 401, 'invalid_token']);
    }
  });

  it('expire after 30 minutes, and can be refreshed before they do', async () => {
    const a = await startConversation(srv.domain);
    clock.advance(29 * 60 * 1000);
    const refreshed = await call(srv.domain, 'POST', '/tokens/refresh', { token: a.token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toMatchObject({ conversationId: a.conversationId, expires_in: 1800 });
    clock.advance(2 * 60 * 1000);
    const expired = await call(srv.domain, 'GET', `/conversations/${a.conversationId}/activities`, { token: a.token });
    expect([expired.status, expired.body.error.code]).toEqual([403, 'token_expired']);
    expect((await call(srv.domain, 'POST', '/tokens/refresh', { token: a.token })).status).toBe(403);
    expect((await call(srv.domain, 'GET', `/conversations/${a.conversationId}/activities`, { token: refreshed.body.token })).status).toBe(200);
  });
});

describe('the Direct Line API seen from another site', () => {
  let srv: DirectLineServer;
  beforeAll(async () => {
    srv = await startDirectLineServer();
  });
  afterAll(() => srv.close());

  it('answers cross-origin preflights and requests, so Web Chat on any page can use it as its domain', async () => {
    const preflight = await fetch(`${srv.domain}/conversations`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://shop.example.com', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization.*Content-Type/);
    const generated = await fetch(`${srv.domain}/tokens/generate`, { method: 'POST', headers: { Origin: 'https://shop.example.com' } });
    expect(generated.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('Direct Line tokens with a configured secret', () => {
  let srv: DirectLineServer;
  beforeAll(async () => {
    srv = await startDirectLineServer({ secret: 's3cret-for-tests' });
  });
  afterAll(() => srv.close());

  it('are generated only for a caller presenting the secret', async () => {
    expect((await call(srv.domain, 'POST', '/tokens/generate')).status).toBe(401);
    expect((await call(srv.domain, 'POST', '/tokens/generate', { token: 'not-the-secret' })).status).toBe(401);
    const a = await startConversation(srv.domain, 's3cret-for-tests');
    expect((await call(srv.domain, 'POST', '/tokens/generate', { token: a.token })).status).toBe(403);
  });

  it('are not needed by a caller with the secret, which may start and read any conversation', async () => {
    const started = await call(srv.domain, 'POST', '/conversations', { token: 's3cret-for-tests', body: { user: { id: 'backend-user' } } });
    expect(started.status).toBe(201);
    const read = await call(srv.domain, 'GET', `/conversations/${started.body.conversationId}/activities`, { token: 's3cret-for-tests' });
    expect(read.body.activities[0]).toMatchObject({ type: 'message', from: { role: 'bot' } });
  });
});
