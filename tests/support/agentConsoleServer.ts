// The whole Baton app on a real port for tests: SQLite in memory, the REST and Direct Line channels
// (and others a test adds), the agent API and the console, agents Ann (orders) and Bob (orders,
// billing), on a Tuesday morning in London (the orders queue is open).
import type { AddressInfo } from 'node:net';
import { createDirectLineChannel, type DirectLineChannel } from '../../adapters/directline/directLineChannel';
import { createRestChannel } from '../../adapters/rest/restChannel';
import { createWebchatPage } from '../../adapters/webchat/webchatPage';
import type { TicketMailer } from '../../src/handoff/ticketMailer';
import { manualClock, type Clock } from '../../src/runtime/clock';
import { createBatonApp, type BatonApp } from '../../src/server/createBatonApp';
import { createLogger, type Logger } from '../../src/server/logger';
import type { ChannelAdapter, Limits } from '../../src/server/serverContext';
import { sqliteStores, type BatonStores } from '../../src/store/openStores';
import { sampleBot } from './startTestServer';

export interface AgentConsoleServer {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  readonly app: BatonApp;
  readonly stores: BatonStores;
  readonly directLine: DirectLineChannel;
  close(): Promise<void>;
}

export interface AppServerOptions {
  /** The Direct Line secret; default none (tokens for anyone, as in local use). */
  readonly directLineSecret?: string;
  /** Channels beside REST and Direct Line (e.g. Bot Framework). */
  readonly extraChannels?: readonly ChannelAdapter[];
  /** Without REST (channels of a test that drives only the others). */
  readonly rest?: boolean;
  /** With the web chat page at / (talking to this server's Direct Line). */
  readonly webchat?: boolean;
  readonly limits?: Limits;
  /** Where the app logs; default nowhere. */
  readonly log?: Logger;
  /** The server's clock; default a manual one standing at Tuesday 24 November 2026, 10:00 UTC. */
  readonly clock?: Clock;
  /** Emails answers to tickets; default none (answers refused with no_mail). */
  readonly mailer?: TicketMailer;
  /** BATON_PUBLIC_URL: where customers' channels reach the server; default none. */
  readonly publicUrl?: string;
  /** The bot and its NLU; default the sample bot. */
  readonly bot?: ReturnType<typeof sampleBot>;
}

export async function startAgentConsoleServer(options: AppServerOptions = {}): Promise<AgentConsoleServer> {
  const { bot, nlu } = options.bot ?? sampleBot();
  const stores = sqliteStores(':memory:');
  const clock = options.clock ?? manualClock('2026-11-24T10:00:00Z');
  const directLine = createDirectLineChannel({ secret: options.directLineSecret ?? '', clock });
  const channels = [...(options.rest === false ? [] : [createRestChannel()]), directLine, ...(options.webchat ? [createWebchatPage(directLine)] : []), ...(options.extraChannels ?? [])];
  const app = createBatonApp({ bot, nlu, stores, channels, log: options.log ?? createLogger('silent'), clock, ...(options.limits ? { limits: options.limits } : {}), ...(options.mailer ? { mailer: options.mailer } : {}), ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}) });
  await app.accounts.save({ id: 'ann', name: 'Ann Lee', queues: ['orders'], capacity: 3 }, 'ann-password');
  await app.accounts.save({ id: 'bob', name: 'Bob Stone', queues: ['orders', 'billing'], capacity: 3 }, 'bob-password');
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    app,
    stores,
    directLine,
    close: async () => {
      await directLine.close?.();
      app.server.server.closeAllConnections();
      await new Promise<void>((resolve) => app.server.close(() => resolve()));
      await stores.close();
    },
  };
}

/** A JSON call to the server, with an agent's token when given. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function callJson(url: string, method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; json: any }> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

/** A customer over REST: each call sends one message and answers with the bot's reply texts. */
export function restCustomer(url: string, userId: string) {
  let conversationId: string | undefined;
  return {
    get conversationId(): string | undefined { return conversationId; },
    async say(text: string): Promise<string[]> {
      const { status, json } = await callJson(url, 'POST', '/api/chat', { userId, text, ...(conversationId ? { conversationId } : {}) });
      if (status !== 200) throw new Error(`/api/chat answered ${status}: ${JSON.stringify(json)}`);
      conversationId = json.conversationId;
      return (json.replies as { text: string }[]).map((r) => r.text);
    },
  };
}
