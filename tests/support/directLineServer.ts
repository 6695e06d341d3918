// A Baton server on a real port with the sample bot, the Direct Line channel and the web chat
// page, for tests that speak HTTP and WebSocket to it the way clients do.
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import { createDirectLineChannel, type DirectLineChannel, type DirectLineChannelOptions } from '../../adapters/directline/directLineChannel';
import { createWebchatPage } from '../../adapters/webchat/webchatPage';
import { manualClock } from '../../src/runtime/clock';
import { createRuntime, type Runtime } from '../../src/runtime/createRuntime';
import { createServer } from '../../src/server/createServer';
import { createLogger } from '../../src/server/logger';
import { DEFAULT_LIMITS, type ChannelAdapter, type Limits } from '../../src/server/serverContext';
import { createMemoryStore } from '../../src/store/memoryStore';
import { sampleBot } from './startTestServer';

export interface DirectLineServer {
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  /** The Direct Line domain: http://127.0.0.1:PORT/v3/directline */
  readonly domain: string;
  readonly server: Server;
  readonly runtime: Runtime;
  readonly directLine: DirectLineChannel;
  close(): Promise<void>;
}

export interface DirectLineServerOptions extends DirectLineChannelOptions {
  readonly limits?: Partial<Limits>;
  /** Wraps the runtime, to make turns slow or failing. */
  readonly wrapRuntime?: (runtime: Runtime) => Runtime;
  /** Another bot than the sample, with its NLU. */
  readonly bot?: ReturnType<typeof sampleBot>;
}

export async function startDirectLineServer(options: DirectLineServerOptions = {}): Promise<DirectLineServer> {
  const { bot, nlu } = options.bot ?? sampleBot();
  const store = createMemoryStore();
  // A Tuesday morning in London: the orders queue is open.
  const base = createRuntime({ bot, nlu, store, clock: manualClock('2026-11-24T10:00:00Z') });
  const runtime = options.wrapRuntime ? options.wrapRuntime(base) : base;
  // The sample speaks several languages: its welcome would wait for the client's first activity to learn
  // the customer's (see directLineLocale.test.ts, which asks for the wait); elsewhere it greets at once.
  const directLine = createDirectLineChannel({ secret: '', welcomeWaitMs: 0, ...options });
  const adapters: ChannelAdapter[] = [directLine, createWebchatPage(directLine)];
  const server = createServer({ runtime, store, log: createLogger('silent'), limits: { ...DEFAULT_LIMITS, ...options.limits } }, adapters);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    domain: `${origin}/v3/directline`,
    server,
    runtime,
    directLine,
    close: async () => {
      for (const adapter of adapters) await adapter.close?.();
      const http = server.server as HttpServer;
      http.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
