// A POST with no body and no Content-Length, as `curl -X POST -H "Authorization: Bearer ..."` sends
// it and as Microsoft's Direct Line documentation shows for tokens/generate, tokens/refresh and
// conversations, is a POST with an empty body: answered as one, never 415. Where a body is required
// its absence is a 400.
import { startDirectLineServer, type DirectLineServer } from '../../support/directLineServer';
import { rawRequest } from '../../support/rawHttp';

describe('bodiless Direct Line POSTs', () => {
  const SECRET = 'site-secret';
  let srv: DirectLineServer;
  beforeAll(async () => { srv = await startDirectLineServer({ secret: SECRET }); });
  afterAll(() => srv.close());
  const post = (path: string, token: string) => rawRequest(srv.origin, 'POST', `/v3/directline${path}`, { Authorization: `Bearer ${token}` });

  it('generate a token, refresh it and start a conversation with it', async () => {
    const generated = await post('/tokens/generate', SECRET);
    expect(generated.status).toBe(200);
    expect(generated.body).toMatchObject({ conversationId: expect.stringMatching(/^dl-/), token: expect.any(String) });

    const refreshed = await post('/tokens/refresh', generated.body.token);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.conversationId).toBe(generated.body.conversationId);

    const started = await post('/conversations', refreshed.body.token);
    expect(started.status).toBe(201);
    expect(started.body.conversationId).toBe(generated.body.conversationId);
  });

  it('start a conversation with the secret', async () => {
    const started = await post('/conversations', SECRET);
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ conversationId: expect.stringMatching(/^dl-/), token: expect.any(String) });
  });

  it('answer 400, not 415, where the body is required', async () => {
    const started = await post('/conversations', SECRET);
    const res = await post(`/conversations/${started.body.conversationId}/activities`, started.body.token);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
  });

  it('still answer 415 to a body that is not JSON', async () => {
    const res = await rawRequest(srv.origin, 'POST', '/v3/directline/tokens/generate', { Authorization: `Bearer ${SECRET}`, 'Content-Type': 'text/plain', 'Content-Length': '2' }, 'hi');
    expect(res.status).toBe(415);
  });
});
