// Starting and resuming conversations, and reading them by polling:
//   POST /conversations { locale? }          start (or rejoin) one: token, stream URL; the welcome is logged,
//                                            in `locale` (the customer's, a BCP 47 tag) for a bot that speaks it
//   GET  /conversations/:id?watermark=N      reconnect: a fresh token and a stream URL resuming after N
//   GET  /conversations/:id/activities?watermark=N   { activities after N, watermark }
import type { Request, Response, Server } from 'restify';
import { admitConversationStart } from '../../src/server/admitTurn';
import { route } from '../../src/server/createServer';
import { sendError } from '../../src/server/sendError';
import type { ConversationOwner } from './activityLog';
import { authorizeConversation, authenticate } from './authorizeRequest';
import { BASE_PATH, ID_PATTERN, issueToken, newConversationId, openConversation, ownerOf, streamUrl, type DirectLineContext } from './directLineContext';
import { originOf } from '../../src/server/requestOrigin';
import { holdsFiles, withFileUrls } from './fileUrls';
import { readOwner } from './tokenRoutes';
import { localeHint } from '../replyLocale';

export function registerConversationRoutes(server: Server, dl: DirectLineContext): void {
  server.post(`${BASE_PATH}/conversations`, route(dl.server, async (req: Request, res: Response) => {
    const caller = await authenticate(dl, req, res);
    if (!caller || !(await admitConversationStart(dl.server, req, res))) return;
    let conversationId: string;
    let owner: ConversationOwner | undefined;
    if (caller.kind === 'token') {
      conversationId = caller.claims.conv;
      owner = ownerOf(caller.claims);
    } else {
      conversationId = newConversationId();
      owner = readOwner(req.body, res, true);
      if (!owner) return;
    }
    const locale = readStartLocale(req.body, res);
    if (locale === null) return;
    const created = await openConversation(dl, conversationId, owner, locale);
    res.send(created ? 201 : 200, { ...(await issueToken(dl, conversationId, owner)), streamUrl: await streamUrl(dl, req, conversationId, owner) });
  }));

  server.get(`${BASE_PATH}/conversations/:conversationId`, route(dl.server, async (req: Request, res: Response) => {
    const found = await findConversation(dl, req, res);
    if (!found) return;
    const watermark = readWatermark(req, res);
    if (watermark === null) return;
    res.send(200, { ...(await issueToken(dl, found.conversationId, found.owner)), streamUrl: await streamUrl(dl, req, found.conversationId, found.owner, watermark) });
  }));

  server.get(`${BASE_PATH}/conversations/:conversationId/activities`, route(dl.server, async (req: Request, res: Response) => {
    const found = await findConversation(dl, req, res);
    if (!found) return;
    const watermark = readWatermark(req, res);
    if (watermark === null) return;
    const page = await dl.log.read(found.conversationId, watermark ?? 0);
    if (!page) return sendError(res, 404, 'conversation_not_found', 'There is no such conversation, or it has expired.');
    // The signing key is read only for pages that hold files: a store that cannot give it fails only those.
    if (holdsFiles(page.activities)) await dl.server.files?.urls.ready();
    res.send(200, { activities: withFileUrls(page.activities, originOf(req), dl.server.files?.urls), watermark: String(page.watermark) });
  }));
}

/** The conversation of the path when the caller may use it and the log holds it; else answers 401/403/404. */
export async function findConversation(dl: DirectLineContext, req: Request, res: Response): Promise<{ conversationId: string; owner: ConversationOwner } | undefined> {
  const conversationId = String(req.params?.conversationId ?? '');
  if (!(await authorizeConversation(dl, req, res, conversationId))) return undefined;
  const owner = ID_PATTERN.test(conversationId) ? await dl.log.owner(conversationId) : undefined;
  if (!owner) {
    sendError(res, 404, 'conversation_not_found', 'There is no such conversation, or it has expired.');
    return undefined;
  }
  return { conversationId, owner };
}

/** The body's `locale`: undefined when absent, null after answering 400 when it is not a language tag. */
function readStartLocale(body: unknown, res: Response): string | undefined | null {
  const raw = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as { locale?: unknown }).locale : undefined;
  if (raw === undefined || raw === null) return undefined;
  const locale = localeHint(raw);
  if (locale === undefined) sendError(res, 400, 'bad_request', '"locale" must be a language tag such as "es-ES".');
  return locale ?? null;
}

/** The `watermark` query parameter: undefined when absent or empty, null after answering 400. */
function readWatermark(req: Request, res: Response): number | undefined | null {
  const raw = (req.query as Record<string, unknown> | undefined)?.watermark;
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string' || !/^\d{1,15}$/.test(raw)) {
    sendError(res, 400, 'bad_request', 'The watermark must be a number from an earlier answer.');
    return null;
  }
  return Number(raw);
}
