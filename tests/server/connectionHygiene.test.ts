// Connection hygiene over a real port with raw sockets: a body trickled byte by byte is cut off at
// the request timeout, half-sent headers at the headers timeout, idle keep-alive connections at the
// keep-alive limit, and one address at its connection cap cannot open more while another address
// still gets /healthz and a chat turn. Timeouts are set small through the limits.
import { connect, type Socket } from 'node:net';
import { createRestChannel } from '../../adapters/rest/restChannel';
import { createConnectionCounter } from '../../src/server/connectionCounter';
import { serverSettingsFromEnv } from '../../src/server/serverSettingsFromEnv';
import type { Limits } from '../../src/server/serverContext';
import { startTestServer, type TestServer } from '../support/startTestServer';

interface RawClient {
  readonly socket: Socket;
  /** Everything the server has sent so far. */
  received(): string;
  /** Resolves with the milliseconds from connecting until the server closed the connection. */
  readonly closed: Promise<number>;
}

function rawClient(server: TestServer, localAddress = '127.0.0.1'): Promise<RawClient> {
  const { hostname, port } = new URL(server.url);
  const started = Date.now();
  const socket = connect({ host: hostname, port: Number(port), localAddress });
  let data = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => { data += chunk; });
  socket.on('error', () => undefined);
  const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now() - started)));
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve({ socket, received: () => data, closed }));
    socket.once('error', reject);
  });
}

/** Writes one byte at a time, every `everyMs`, until the socket closes; resolves with the bytes written. */
function trickle(socket: Socket, text: string, everyMs: number): Promise<number> {
  return new Promise((resolve) => {
    let sent = 0;
    const timer = setInterval(() => {
      if (socket.destroyed || sent >= text.length) {
        clearInterval(timer);
        resolve(sent);
        return;
      }
      socket.write(text[sent]!);
      sent += 1;
    }, everyMs);
  });
}

/** Asks for /healthz on the client's connection and resolves with all the server sent before closing it. */
async function healthOnce(client: RawClient): Promise<string> {
  client.socket.write('GET /healthz HTTP/1.1\r\nHost: baton\r\nConnection: close\r\n\r\n');
  await client.closed;
  return client.received();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function start(limits: Partial<Limits>): Promise<TestServer> {
  return startTestServer([createRestChannel()], { limits });
}

describe('timeouts', () => {
  let server: TestServer;
  afterEach(() => server.close());

  it('cuts off a client that sends the headers and then trickles the body, at the request timeout', async () => {
    server = await start({ headersTimeoutMs: 300, requestTimeoutMs: 800 });
    const client = await rawClient(server);
    const body = JSON.stringify({ userId: 'slow', text: 'hello there, I would like to return a parcel please' });
    client.socket.write(`POST /api/chat HTTP/1.1\r\nHost: baton\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
    const written = trickle(client.socket, body, 50);
    const after = await client.closed;
    expect(after).toBeGreaterThanOrEqual(750);
    expect(after).toBeLessThan(2000);
    expect(await written).toBeLessThan(body.length);
    expect(client.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('cuts off half-sent headers at the headers timeout, before the request timeout', async () => {
    server = await start({ headersTimeoutMs: 300, requestTimeoutMs: 5000 });
    const client = await rawClient(server);
    client.socket.write('GET /healthz HTTP/1.1\r\nHost: baton\r\n');
    const written = trickle(client.socket, 'X-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n', 50);
    const after = await client.closed;
    expect(after).toBeGreaterThanOrEqual(250);
    expect(after).toBeLessThan(1500);
    await written;
    expect(client.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes an idle keep-alive connection after the keep-alive limit, and serves it until then', async () => {
    server = await start({ keepAliveMs: 400 });
    const client = await rawClient(server);
    const ask = async () => {
      client.socket.write('GET /healthz HTTP/1.1\r\nHost: baton\r\nConnection: keep-alive\r\n\r\n');
      const before = client.received().length;
      for (let waited = 0; waited < 2000 && !client.received().slice(before).includes('"ok"'); waited += 10) await sleep(10);
      return client.received().slice(before);
    };
    expect(await ask()).toMatch(/^HTTP\/1\.1 200/);
    await sleep(200);
    expect(await ask()).toMatch(/^HTTP\/1\.1 200/);
    const answeredAt = Date.now();
    await client.closed;
    const idle = Date.now() - answeredAt;
    expect(idle).toBeGreaterThanOrEqual(300);
    expect(idle).toBeLessThan(1500);
  });
});

describe('connections per client address', () => {
  let server: TestServer;
  const clients: RawClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.socket.destroy();
    await server.close();
  });

  it('closes new connections from an address at its cap, while another address gets /healthz and a chat turn', async () => {
    server = await start({ maxConnectionsPerAddress: 3, headersTimeoutMs: 5000, requestTimeoutMs: 5000 });
    for (let i = 0; i < 3; i++) {
      const client = await rawClient(server, '127.0.0.2');
      client.socket.write('POST /api/chat HTTP/1.1\r\nHost: baton\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{');
      clients.push(client);
    }
    await sleep(50);
    const fourth = await rawClient(server, '127.0.0.2');
    fourth.socket.write('GET /healthz HTTP/1.1\r\nHost: baton\r\n\r\n');
    expect(await fourth.closed).toBeLessThan(1000);
    expect(fourth.received()).toBe('');

    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const turn = await fetch(`${server.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'other', text: 'hello' }) });
    expect(turn.status).toBe(200);
    expect(((await turn.json()) as { conversationId?: unknown }).conversationId).toEqual(expect.any(String));

    // Once the server has seen one of them close (a busy machine may take longer than a moment), the address has room again.
    clients.shift()!.socket.destroy();
    let answer = '';
    for (let i = 0; i < 40 && !answer.startsWith('HTTP/1.1 200'); i++) {
      await sleep(50);
      answer = await healthOnce(await rawClient(server, '127.0.0.2'));
    }
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
  });

  it('does not cap per address behind a trusted proxy, where every connection comes from the proxy', async () => {
    server = await start({ maxConnectionsPerAddress: 2, trustProxy: true });
    for (let i = 0; i < 2; i++) clients.push(await rawClient(server, '127.0.0.2'));
    await sleep(50);
    expect(await healthOnce(await rawClient(server, '127.0.0.2'))).toMatch(/^HTTP\/1\.1 200/);
  });
});

describe('connection counter', () => {
  it('admits up to the cap per address, each address on its own, and admits again after a release', () => {
    const counter = createConnectionCounter(2);
    expect([counter.admit('a'), counter.admit('a'), counter.admit('a')]).toEqual([true, true, false]);
    expect(counter.admit('b')).toBe(true);
    expect([counter.open('a'), counter.open('b')]).toEqual([2, 1]);
    counter.release('a');
    expect(counter.admit('a')).toBe(true);
    counter.release('b');
    expect(counter.open('b')).toBe(0);
  });
});

describe('connection settings', () => {
  it('has defaults sized for chat traffic', () => {
    const { limits } = serverSettingsFromEnv({});
    expect([limits.headersTimeoutMs, limits.requestTimeoutMs, limits.keepAliveMs, limits.maxConnectionsPerAddress]).toEqual([10_000, 30_000, 5000, 50]);
  });

  it('reads each setting from the environment', () => {
    const { limits } = serverSettingsFromEnv({ BATON_HEADERS_TIMEOUT_MS: '2000', BATON_REQUEST_TIMEOUT_MS: '4000', BATON_KEEP_ALIVE_MS: '1000', BATON_MAX_CONNECTIONS_PER_ADDRESS: '8' });
    expect([limits.headersTimeoutMs, limits.requestTimeoutMs, limits.keepAliveMs, limits.maxConnectionsPerAddress]).toEqual([2000, 4000, 1000, 8]);
  });

  it('refuses values that are not positive whole numbers, naming the variable', () => {
    for (const name of ['BATON_HEADERS_TIMEOUT_MS', 'BATON_REQUEST_TIMEOUT_MS', 'BATON_KEEP_ALIVE_MS', 'BATON_MAX_CONNECTIONS_PER_ADDRESS']) {
      for (const bad of ['0', '-5', '1.5', 'ten']) expect(() => serverSettingsFromEnv({ [name]: bad })).toThrow(new RegExp(`${name} must be a positive whole number`));
    }
  });

  it('refuses a headers timeout longer than the request timeout', () => {
    expect(() => serverSettingsFromEnv({ BATON_HEADERS_TIMEOUT_MS: '20000', BATON_REQUEST_TIMEOUT_MS: '15000' })).toThrow(/BATON_HEADERS_TIMEOUT_MS \(20000\) must not be longer than BATON_REQUEST_TIMEOUT_MS \(15000\)/);
  });
});
