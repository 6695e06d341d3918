// A JSON body nesting deeper than MAX_JSON_DEPTH is a 400 with a clear JSON error on every route
// that reads a body, read from the server itself so a route added later is covered too. A Direct
// Line activity 15,000 levels deep used to crash the activity log's JSON.stringify with a 500 and
// leave a gap in the activity ids; now it is refused before any id is taken. A webhook reply nesting
// too deep is the webhook's `error` outcome.
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import { callWebhook } from '../../src/runtime/callWebhook';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../src/runtime/jsonDepth';
import { call, say, startConversation } from '../support/directLineHttp';
import { startAgentConsoleServer, type AgentConsoleServer } from '../support/agentConsoleServer';

const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('nestsDeeperThan', () => {
  it('counts objects and arrays, and allows exactly the limit', () => {
    expect(nestsDeeperThan(JSON.parse(nested(MAX_JSON_DEPTH)), MAX_JSON_DEPTH)).toBe(false);
    expect(nestsDeeperThan(JSON.parse(nested(MAX_JSON_DEPTH + 1)), MAX_JSON_DEPTH)).toBe(true);
    expect(nestsDeeperThan({ a: [{ b: 1 }], c: 'x' }, 3)).toBe(false);
    expect(nestsDeeperThan({ a: [{ b: {} }] }, 3)).toBe(true);
    expect(nestsDeeperThan('text', 0)).toBe(false);
    expect(nestsDeeperThan(null, 0)).toBe(false);
  });

  it('measures a million levels without overflowing the stack', () => {
    expect(nestsDeeperThan(JSON.parse(nested(1_000_000)), MAX_JSON_DEPTH)).toBe(true);
  });
});

describe('deep JSON bodies over HTTP', () => {
  let srv: AgentConsoleServer;
  beforeAll(async () => { srv = await startAgentConsoleServer(); });
  afterAll(() => srv.close());

  it('are answered 400 body_too_deep on every route that takes a body', async () => {
    const { routes } = (srv.app.server as Server).getDebugInfo() as unknown as { routes: Array<{ method: string; path: string }> };
    const writes = routes.filter((r) => r.method === 'post' || r.method === 'put');
    expect(writes.length).toBeGreaterThan(10);
    for (const { method, path } of writes) {
      const res = await fetch(`${srv.url}${path.replace(/:\w+/g, 'x')}`, {
        method: method.toUpperCase(), headers: { 'content-type': 'application/json' }, body: `{"text":"hi","value":${nested(15_000)}}`,
      });
      expect([path, res.status, ((await res.json()) as { error: { code: string } }).error.code]).toEqual([path, 400, 'body_too_deep']);
    }
  });

  it('take no Direct Line activity id: the ids of the log run on without a gap', async () => {
    const dl = `${srv.url}/v3/directline`;
    const { conversationId, token } = await startConversation(dl);
    const activities = `/conversations/${conversationId}/activities`;
    expect((await call(dl, 'POST', activities, { token, body: say('hello') })).status).toBe(200);
    const deep = await call(dl, 'POST', activities, { token, raw: JSON.stringify(say('deep')).replace(/}$/, `,"value":${nested(15_000)}}`) });
    expect(deep.status).toBe(400);
    expect(deep.body.error).toEqual({ code: 'body_too_deep', message: expect.stringContaining(String(MAX_JSON_DEPTH)) });
    const shallow = await call(dl, 'POST', activities, { token, body: say('order status', { value: JSON.parse(nested(MAX_JSON_DEPTH - 1)) }) });
    expect(shallow.status).toBe(200);
    const log = await call(dl, 'GET', activities, { token });
    const seqs = (log.body.activities as { id: string }[]).map((a) => Number(a.id.split('|')[1]));
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + i));
    expect((log.body.activities as { text?: string }[]).map((a) => a.text)).not.toContain('deep');
  });
});

describe('a webhook reply nesting too deep', () => {
  let hook: HttpServer;
  let url: string;
  beforeAll(async () => {
    hook = createHttpServer((_req, res) => res.end(`{"outcome":"ok","slots":{"x":${nested(15_000)}}}`));
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => hook.close(() => resolve())));

  it('is the error outcome', async () => {
    const outcome = await callWebhook({ name: 'lookup', url, timeoutMs: 2000, retries: 0, headers: {}, outcomes: ['ok'] }, { conversationId: 'c1', slots: {} });
    expect(outcome).toEqual({ outcome: 'error', error: `reply nests more than ${MAX_JSON_DEPTH} levels deep` });
  });
});
