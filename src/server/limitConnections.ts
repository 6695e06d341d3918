// Connection hygiene on the HTTP server: a cap on open connections, in total and per client address
// (an IPv6 client by its /64), and timeouts for a request's headers, for the whole request and for
// idle keep-alive connections, so slow or idle connections are closed in seconds and cannot hold the
// places of other clients.
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { addressGroup } from './addressGroup';
import { createConnectionCounter } from './connectionCounter';
import type { Logger } from './logger';
import type { Limits } from './serverContext';

/** How often, at most, the server looks for requests past their timeouts. */
const LONGEST_CHECK_MS = 1000;

export function limitConnections(http: Server, limits: Limits, log: Logger): void {
  http.maxConnections = limits.maxConnections;
  http.headersTimeout = limits.headersTimeoutMs;
  http.requestTimeout = limits.requestTimeoutMs;
  http.keepAliveTimeout = limits.keepAliveMs;
  // Node looks for expired requests every 30 s by default, which would stretch a 10 s timeout to 40 s.
  // It reads this when the server starts listening (the setting is missing from @types/node).
  (http as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.max(10, Math.min(LONGEST_CHECK_MS, Math.floor(limits.headersTimeoutMs / 4)));
  // Behind a trusted proxy every connection comes from the proxy, and the client's address is only
  // known once the headers arrive: the proxy limits connections per client, Baton does not.
  if (limits.trustProxy) return;
  const counter = createConnectionCounter(limits.maxConnectionsPerAddress);
  const warned = new Set<string>();
  http.on('connection', (socket: Socket) => {
    const address = addressGroup(socket.remoteAddress ?? 'unknown');
    if (!counter.admit(address)) {
      if (!warned.has(address)) {
        warned.add(address);
        log.warn({ address, cap: limits.maxConnectionsPerAddress }, 'connections per address at the cap; closing new ones');
      }
      socket.destroy();
      return;
    }
    socket.once('close', () => {
      counter.release(address);
      if (counter.open(address) < limits.maxConnectionsPerAddress) warned.delete(address);
    });
  });
}
