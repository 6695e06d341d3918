// Who is calling: the holder of the Direct Line secret, or of a token for one conversation.
// No credentials or a forged token: 401. An expired token, a stream token, or a token for another
// conversation: 403 (Direct Line clients read 403 as "get a new token").
import type { Request, Response } from 'restify';
import { bearerToken } from '../../src/server/bearerToken';
import { secretMatches } from '../../src/server/secretMatches';
import { sendError } from '../../src/server/sendError';
import type { DirectLineContext } from './directLineContext';
import type { TokenClaims } from './tokenSigner';

export type Caller = { readonly kind: 'secret' } | { readonly kind: 'token'; readonly claims: TokenClaims };

/** The caller, or undefined after answering with 401/403. */
export async function authenticate(dl: DirectLineContext, req: Request, res: Response): Promise<Caller | undefined> {
  const token = bearerToken(req.headers.authorization);
  if (token === undefined) {
    sendError(res, 401, 'missing_token', 'Send "Authorization: Bearer <token>".', { 'WWW-Authenticate': 'Bearer' });
    return undefined;
  }
  if (dl.secret !== undefined && secretMatches(token, dl.secret)) return { kind: 'secret' };
  const check = await dl.signer.verify(token);
  if (!check.ok) {
    if (check.reason === 'expired') sendError(res, 403, 'token_expired', 'The token has expired; get a new one.');
    else sendError(res, 401, 'invalid_token', 'The token is not valid.', { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
    return undefined;
  }
  if (check.claims.scope !== 'conversation') {
    sendError(res, 403, 'forbidden', 'A stream token only opens the stream.');
    return undefined;
  }
  return { kind: 'token', claims: check.claims };
}

/** The caller when it may use `conversationId`, or undefined after answering with 401/403. */
export async function authorizeConversation(dl: DirectLineContext, req: Request, res: Response, conversationId: string): Promise<Caller | undefined> {
  const caller = await authenticate(dl, req, res);
  if (caller?.kind === 'token' && caller.claims.conv !== conversationId) {
    sendError(res, 403, 'forbidden', 'The token is for another conversation.');
    return undefined;
  }
  return caller;
}
