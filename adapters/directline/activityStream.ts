// The WebSocket stream at a conversation's streamUrl, on the HTTP server's upgrade event: first the
// activities after the URL's watermark, then every activity as it is logged, as { activities,
// watermark } frames. Sockets that stop answering pings, or read too slowly, are dropped; the
// client reconnects with its last watermark and misses nothing.
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import type { LoggedPage } from './activityLog';
import { BASE_PATH, type DirectLineContext } from './directLineContext';
import type { AttachmentUrls } from '../../src/attachments/attachmentUrls';
import { originOf } from '../../src/server/requestOrigin';
import { withFileUrls } from './fileUrls';

const PATH = new RegExp(`^${BASE_PATH}/conversations/([^/?]+)/stream$`);
const MAX_SOCKETS_PER_CONVERSATION = 10;
const MAX_BUFFERED_BYTES = 1 << 20;

export interface ActivityStream {
  close(): Promise<void>;
}

export function attachActivityStream(http: HttpServer, dl: DirectLineContext, pingMs = 30_000): ActivityStream {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  const open = new Map<string, Set<WebSocket>>();
  const alive = new WeakMap<WebSocket, boolean>();

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    accept(req, socket, head).catch(() => refuse(socket, 400));
  };

  const accept = async (req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const conversationId = PATH.exec(url.pathname)?.[1];
    if (conversationId === undefined) {
      // Another listener's path; when there is no other listener, nobody would ever answer.
      if (http.listenerCount('upgrade') === 1) refuse(socket, 404);
      return;
    }
    socket.on('error', () => socket.destroy());
    const check = await dl.signer.verify(url.searchParams.get('t') ?? '');
    if (!check.ok) return refuse(socket, check.reason === 'expired' ? 403 : 401);
    if (check.claims.scope !== 'stream' || check.claims.conv !== decodeURIComponent(conversationId)) return refuse(socket, 403);
    const raw = url.searchParams.get('watermark') ?? '';
    if (raw !== '' && !/^\d{1,15}$/.test(raw)) return refuse(socket, 400);
    const id = check.claims.conv;
    const owner = await dl.log.owner(id).catch(() => null);
    if (owner === null) return refuse(socket, 500);
    if (!owner) return refuse(socket, 404);
    // Files' addresses need the signing key; a stream opened while the store cannot give it carries
    // the conversation on, its files unsigned, rather than refusing it.
    const signing = await dl.server.files?.urls.ready().then(() => true, () => false);
    if (socket.destroyed) return;
    const origin = originOf(req as unknown as Parameters<typeof originOf>[0]);
    const urls = signing ? dl.server.files?.urls : undefined;
    wss.handleUpgrade(req, socket, head, (ws) => serve(ws, id, raw === '' ? 0 : Number(raw), origin, urls));
  };

  const serve = (ws: WebSocket, conversationId: string, after: number, origin: string, urls: AttachmentUrls | undefined): void => {
    const sockets = open.get(conversationId) ?? new Set<WebSocket>();
    open.set(conversationId, sockets);
    sockets.add(ws);
    if (sockets.size > MAX_SOCKETS_PER_CONVERSATION) sockets.values().next().value?.close(4008, 'too many streams');
    alive.set(ws, true);
    let sent = after;
    let waiting: LoggedPage[] | undefined = [];
    const send = (page: LoggedPage): void => {
      const fresh = page.activities.slice(Math.max(0, page.activities.length - (page.watermark - sent)));
      if (fresh.length === 0 || ws.readyState !== WebSocket.OPEN) return;
      if (ws.bufferedAmount > MAX_BUFFERED_BYTES) return ws.terminate();
      sent = page.watermark;
      ws.send(JSON.stringify({ activities: withFileUrls(fresh, origin, urls), watermark: String(page.watermark) }), (err) => err && ws.terminate());
    };
    /** A page of an append that skips activities not sent yet (a log in another process may drop a message): read them from the log. */
    const sendAppended = (page: LoggedPage): void => {
      if (page.watermark - page.activities.length <= sent) return send(page);
      dl.log.read(conversationId, sent).then((missed) => missed && send(missed), () => ws.terminate());
    };
    const stop = dl.log.subscribe(conversationId, {
      next: (page) => (waiting ? waiting.push(page) : sendAppended(page)),
      end: () => ws.close(1000, 'conversation ended'),
    });
    ws.on('pong', () => alive.set(ws, true));
    ws.on('error', () => ws.terminate());
    ws.on('close', () => {
      stop();
      sockets.delete(ws);
      if (sockets.size === 0) open.delete(conversationId);
    });
    dl.log.read(conversationId, after).then((page) => {
      if (!page) return ws.close(1000, 'conversation ended');
      sent = Math.min(sent, page.watermark);
      send(page);
      for (const later of waiting ?? []) send(later);
      waiting = undefined;
    }, () => ws.terminate());
  };

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (alive.get(ws) === false) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
  }, pingMs);
  heartbeat.unref();
  http.on('upgrade', onUpgrade);

  return {
    close: async () => {
      clearInterval(heartbeat);
      http.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

function refuse(socket: Duplex, status: number): void {
  if (socket.destroyed) return;
  const reason = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' }[status] ?? 'Internal Server Error';
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
