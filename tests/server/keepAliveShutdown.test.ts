// During a graceful shutdown, a request on a keep-alive connection opened before it is answered 503
// with `Connection: close`, and the connection then closes; it is never reset. Connections left idle
// are closed once the drain window ends, and the shutdown finishes as soon as all have drained.
import { openRequestGate, type RequestGate } from '../../src/server/requestGate';
import { shutdownServer } from '../../src/server/shutdownServer';
import { startAgentConsoleServer, type AgentConsoleServer } from '../support/agentConsoleServer';
import { openKeepAliveSocket } from '../support/keepAliveSocket';

describe('graceful shutdown with open keep-alive connections', () => {
  let srv: AgentConsoleServer;
  let gate: RequestGate;
  beforeEach(async () => {
    srv = await startAgentConsoleServer();
    gate = openRequestGate(srv.app.server);
  });
  afterEach(async () => { await srv.close().catch(() => undefined); });
  const shutdown = (drainMs: number) => shutdownServer(srv.app.server, gate, [srv.directLine], { drainMs });

  it('answers a request on an open connection 503 with Connection: close, then closes it', async () => {
    const socket = await openKeepAliveSocket(srv.url);
    const before = await socket.request('GET', '/healthz');
    expect(before.status).toBe(200);
    expect(before.headers.connection).toBe('keep-alive');

    const started = Date.now();
    const stopped = shutdown(5000);
    await new Promise((r) => setTimeout(r, 100));
    const during = await socket.request('GET', '/healthz');
    expect(during.status).toBe(503);
    expect(during.headers.connection).toBe('close');
    expect(during.body).toEqual({ error: { code: 'shutting_down', message: expect.any(String) } });
    expect(await socket.closed).toEqual({ reset: false });
    await stopped;
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('closes connections left idle when the drain window ends', async () => {
    const idle = await openKeepAliveSocket(srv.url);
    expect((await idle.request('GET', '/healthz')).status).toBe(200);
    const started = Date.now();
    await shutdown(600);
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
    await idle.closed;
  });

  it('refuses new connections', async () => {
    const stopped = shutdown(300);
    await expect(fetch(`${srv.url}/healthz`)).rejects.toThrow();
    await stopped;
  });
});
