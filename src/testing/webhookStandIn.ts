// A local HTTP server that answers a bot's webhooks as a transcript says, so conversation tests
// exercise the real webhook client over a real port.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CompiledBot, CompiledWebhook } from '../config/compiledBot';
import type { TranscriptFile } from './transcript';

export interface WebhookStandIn {
  /** The bot with its webhooks pointed at this server. */
  readonly bot: CompiledBot;
  /** The request bodies received, by webhook name. */
  readonly received: Map<string, unknown[]>;
  close(): Promise<void>;
}

export async function startWebhookStandIn(bot: CompiledBot, answers: NonNullable<TranscriptFile['webhooks']>): Promise<WebhookStandIn> {
  const received = new Map<string, unknown[]>();
  const server: Server = createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '/').slice(1));
    let body = '';
    req.on('data', (chunk: Buffer) => { body += chunk.toString('utf8'); });
    req.on('end', () => {
      received.set(name, [...(received.get(name) ?? []), safeJson(body)]);
      const answer = answers[name];
      // Not chained: restify, when loaded in the same process, replaces writeHead with one that returns nothing.
      const reply = (status: number, body: string): void => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(body);
      };
      const send = (): void => {
        if (!answer) reply(404, '{"error":"no answer configured"}');
        else if (answer.status !== undefined && (answer.status < 200 || answer.status > 299)) reply(answer.status, '{"error":"configured failure"}');
        else reply(200, JSON.stringify({ outcome: answer.outcome, ...(answer.slots ? { slots: answer.slots } : {}) }));
      };
      if (answer?.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const webhooks: Record<string, CompiledWebhook> = {};
  for (const [name, hook] of Object.entries(bot.webhooks)) webhooks[name] = { ...hook, url: `http://127.0.0.1:${port}/${encodeURIComponent(name)}` };
  return {
    bot: { ...bot, webhooks },
    received,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
