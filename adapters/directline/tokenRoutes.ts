// POST /tokens/generate: a site's backend gets a token for a new conversation (with the secret
// when DIRECTLINE_SECRET is set; open for local use when it is not). POST /tokens/refresh: a
// token that has not expired yet is exchanged for a fresh one for the same conversation.
import type { Request, Response, Server } from 'restify';
import { admitConversationStart } from '../../src/server/admitTurn';
import { route } from '../../src/server/createServer';
import { sendError } from '../../src/server/sendError';
import type { ConversationOwner } from './activityLog';
import { authenticate } from './authorizeRequest';
import { BASE_PATH, ID_PATTERN, issueToken, newConversationId, newUserId, ownerOf, type DirectLineContext } from './directLineContext';

export function registerTokenRoutes(server: Server, dl: DirectLineContext): void {
  server.post(`${BASE_PATH}/tokens/generate`, route(dl.server, async (req: Request, res: Response) => {
    if (dl.secret !== undefined && (await authenticate(dl, req, res))?.kind !== 'secret') {
      if (!res.headersSent) sendError(res, 403, 'forbidden', 'Generating tokens needs the Direct Line secret.');
      return;
    }
    if (!(await admitConversationStart(dl.server, req, res))) return;
    // With a secret configured only its holder gets here, so a user id it gives is vouched for.
    const owner = readOwner(req.body, res, dl.secret !== undefined);
    if (owner) res.send(200, await issueToken(dl, newConversationId(), owner));
  }));

  server.post(`${BASE_PATH}/tokens/refresh`, route(dl.server, async (req: Request, res: Response) => {
    const caller = await authenticate(dl, req, res);
    if (!caller) return;
    if (caller.kind !== 'token') return sendError(res, 400, 'bad_request', 'Refresh a token, not the secret.');
    res.send(200, await issueToken(dl, caller.claims.conv, ownerOf(caller.claims)));
  }));
}

/**
 * The user of a new conversation from a body `{ user: { id?, name? } }`: an id that is missing is
 * made up; a given id is marked verified when the caller is `vouched` for (it holds the secret). Undefined after answering 400 when the body is malformed.
 */
export function readOwner(body: unknown, res: Response, vouched: boolean): ConversationOwner | undefined {
  if (body === undefined || body === null || body === '') return { userId: newUserId() };
  if (typeof body !== 'object' || Array.isArray(body)) {
    sendError(res, 400, 'bad_request', 'The body must be a JSON object.');
    return undefined;
  }
  const user = (body as { user?: unknown }).user;
  if (user === undefined || user === null) return { userId: newUserId() };
  const { id, name } = user as { id?: unknown; name?: unknown };
  if (typeof user !== 'object' || (id !== undefined && (typeof id !== 'string' || !ID_PATTERN.test(id)))) {
    sendError(res, 400, 'bad_request', '"user.id" must be 1-128 letters, digits, or . _ : @ -');
    return undefined;
  }
  if (name !== undefined && (typeof name !== 'string' || name.length > 100)) {
    sendError(res, 400, 'bad_request', '"user.name" must be a string of at most 100 characters.');
    return undefined;
  }
  if (id === undefined) return { userId: newUserId(), ...(name !== undefined ? { name: name as string } : {}) };
  return { userId: id as string, ...(name !== undefined ? { name: name as string } : {}), ...(vouched ? { verified: true } : {}) };
}
