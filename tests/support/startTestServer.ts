// A Baton server with the sample bot on a real port, for HTTP tests.
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { CompiledBot } from '../../src/config/compiledBot';
import { loadBot } from '../../src/config/loadBot';
import { createBotNlu } from '../../src/nlu/createBotNlu';
import { createRuntime, type Runtime } from '../../src/runtime/createRuntime';
import { manualClock } from '../../src/runtime/clock';
import { createServer } from '../../src/server/createServer';
import { createLogger } from '../../src/server/logger';
import type { RateLimiters } from '../../src/server/rateLimiters';
import { DEFAULT_LIMITS, type ChannelAdapter, type Limits } from '../../src/server/serverContext';
import type { ConversationStore } from '../../src/store/conversationStore';
import { createMemoryStore } from '../../src/store/memoryStore';

export interface TestServer {
  readonly url: string;
  readonly runtime: Runtime;
  readonly store: ConversationStore;
  close(): Promise<void>;
}

let cached: { bot: CompiledBot; nlu: ReturnType<typeof createBotNlu> } | undefined;

export function sampleBot(): { bot: CompiledBot; nlu: ReturnType<typeof createBotNlu> } {
  if (!cached) {
    const bot = loadBot(join(__dirname, '..', '..', 'bots', 'acme.yaml')).bot!;
    cached = { bot, nlu: createBotNlu(bot) };
  }
  return cached;
}

/** `bot`: another bot than the sample, with its NLU. */
export async function startTestServer(adapters: readonly ChannelAdapter[], options: { limits?: Partial<Limits>; at?: string; rateLimiters?: RateLimiters; bot?: ReturnType<typeof sampleBot> } = {}): Promise<TestServer> {
  const { bot, nlu } = options.bot ?? sampleBot();
  const store = createMemoryStore();
  const runtime = createRuntime({ bot, nlu, store, clock: manualClock(options.at ?? '2026-11-24T10:00:00Z') });
  const server = createServer({ runtime, store, log: createLogger('silent'), limits: { ...DEFAULT_LIMITS, ...options.limits }, ...(options.rateLimiters ? { rateLimiters: options.rateLimiters } : {}) }, adapters);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    runtime,
    store,
    close: () => new Promise<void>((resolve) => {
      server.server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
