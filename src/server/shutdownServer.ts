// A graceful stop of the HTTP side: stop accepting connections, refuse new requests with 503 and
// `Connection: close` (the gate), let the requests in flight finish, close the channels (Direct Line
// sockets), then give open keep-alive connections a while to drain: a request arriving on one gets
// the 503 and the connection closes after it; one left idle is closed by the server's keep-alive
// timeout. Whatever remains after `drainMs` is closed. The stores are the caller's to close after.
import { Server as NetServer } from 'node:net';
import type { Server } from 'restify';
import { withinMs } from '../runtime/withinMs';
import type { RequestGate } from './requestGate';
import type { ChannelAdapter } from './serverContext';

export interface ShutdownOptions {
  /** How long open connections may take to drain; default the server's keep-alive timeout. */
  readonly drainMs?: number;
}

export async function shutdownServer(server: Server, gate: RequestGate, channels: readonly ChannelAdapter[], options: ShutdownOptions = {}): Promise<void> {
  const http = server.server;
  gate.close();
  // http.Server#close also closes idle keep-alive connections at once, so a client sending on one
  // meets a reset instead of the 503; net.Server#close only stops listening, and calls back once
  // every connection has ended.
  const drained = new Promise<void>((resolve) => NetServer.prototype.close.call(http, () => resolve()));
  await gate.idle();
  await Promise.all(channels.map((c) => c.close?.()));
  await withinMs(drained, options.drainMs ?? http.keepAliveTimeout, () => undefined);
  http.closeAllConnections();
  await drained;
}
