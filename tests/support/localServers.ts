// Local HTTP servers standing in for a remote service in the ways it can fail: one that answers as
// the test says (or takes the connection and never answers), and an address where nothing listens.
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalServer {
  /** http://127.0.0.1:PORT/ */
  readonly url: string;
  close(): Promise<void>;
}

/** A server on a free port; a handler that does nothing leaves every request unanswered. */
export async function startLocalServer(handler: RequestListener): Promise<LocalServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export interface HaltingConnector extends LocalServer {
  /** Whether it answers; while false it takes every request and never answers. */
  answering: boolean;
}

/** A Bot Connector stand-in that takes activities (200) until told to stop answering. */
export async function startHaltingConnector(): Promise<HaltingConnector> {
  let answering = true;
  const server = await startLocalServer((req, res) => {
    req.resume();
    if (!answering) return;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: 'sent' }));
  });
  return {
    url: server.url,
    close: server.close,
    get answering() { return answering; },
    set answering(value: boolean) { answering = value; },
  };
}

/** The address of a port that was free a moment ago: connections to it are refused. */
export async function refusedUrl(): Promise<string> {
  const server = await startLocalServer(() => undefined);
  await server.close();
  return server.url;
}
