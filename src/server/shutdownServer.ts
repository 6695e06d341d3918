// A graceful stop of the HTTP side: stop accepting connections, refuse new requests with 503, let
// the requests in flight finish, close idle keep-alive connections, close the channels (Direct Line
// sockets), then whatever connections remain. The stores are the caller's to close after.
import type { Server } from 'restify';
import type { RequestGate } from './requestGate';
import type { ChannelAdapter } from './serverContext';

export async function shutdownServer(server: Server, gate: RequestGate, channels: readonly ChannelAdapter[]): Promise<void> {
  gate.close();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.server.closeIdleConnections();
  await gate.idle();
  server.server.closeIdleConnections();
  await Promise.all(channels.map((c) => c.close?.()));
  server.server.closeAllConnections();
  await closed;
}
