// A local stand-in for the Bot Connector service, the `serviceUrl` of the activities the tests post:
// it takes what the bot sends to a conversation (POST /v3/conversations/:id/activities and
// /v3/conversations/:id/activities/:replyToId) and keeps it for the tests to read. Without app
// credentials botbuilder asks for no token, so there is no token endpoint. It also serves the files
// a test hosts on it (GET /v3/attachments/:id/views/:view, as Teams' inline images are), keeping
// the Authorization each fetch carried. Any other request is kept too and answered 404, so a test sees it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedActivity {
  readonly conversationId: string;
  readonly replyToId?: string;
  readonly authorization?: string;
  // Activities as botbuilder serialised them: plain JSON.
  readonly activity: any;
}

export interface ConnectorStandIn {
  /** The service URL to put in activities, with a trailing slash as the channels send it. */
  readonly url: string;
  readonly received: ReceivedActivity[];
  /** Requests the stand-in does not implement. */
  readonly unexpected: Array<{ readonly method: string; readonly url: string }>;
  /** Serves `bytes` as `type` at GET /v3/attachments/`id`/views/original; answers its address. */
  host(id: string, type: string, bytes: Buffer): string;
  /** The Authorization header of each fetch of a hosted file ('' when none). */
  readonly fileFetches: string[];
  /** What was received since the last `take()`, and forgets it. */
  take(): ReceivedActivity[];
  close(): Promise<void>;
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;

export async function startConnectorStandIn(): Promise<ConnectorStandIn> {
  const received: ReceivedActivity[] = [];
  const unexpected: Array<{ method: string; url: string }> = [];
  const hosted = new Map<string, { type: string; bytes: Buffer }>();
  const fileFetches: string[] = [];
  let taken = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const file = req.method === 'GET' ? hosted.get(req.url ?? '') : undefined;
      if (file) {
        fileFetches.push(req.headers.authorization ?? '');
        res.setHeader('content-type', file.type);
        return void res.end(file.bytes);
      }
      const match = ROUTE.exec(new URL(req.url ?? '/', 'http://stand-in').pathname);
      if (req.method !== 'POST' || !match) {
        unexpected.push({ method: req.method ?? '', url: req.url ?? '' });
        reply(res, 404, { error: { code: 'NotFound', message: 'not implemented by the stand-in' } });
        return;
      }
      received.push({
        conversationId: decodeURIComponent(match[1]!),
        ...(match[2] !== undefined ? { replyToId: decodeURIComponent(match[2]) } : {}),
        ...(req.headers.authorization !== undefined ? { authorization: req.headers.authorization } : {}),
        activity: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      });
      reply(res, 200, { id: `sent-${received.length}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    received,
    unexpected,
    fileFetches,
    host: (id, type, bytes) => {
      const path = `/v3/attachments/${encodeURIComponent(id)}/views/original`;
      hosted.set(path, { type, bytes });
      return `http://127.0.0.1:${port}${path}`;
    },
    take: () => {
      const batch = received.slice(taken);
      taken = received.length;
      return batch;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Separate calls: restify, loaded in the same process, replaces writeHead with one returning nothing. */
function reply(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
}
