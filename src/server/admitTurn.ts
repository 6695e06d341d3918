// The rate-limit check of a customer turn endpoint: counts the turn against its client address and,
// when given, its conversation; answers 429 with Retry-After and resolves false when a limit is used up.
import type { Request, Response } from 'restify';
import { clientAddress } from './clientAddress';
import { sendError } from './sendError';
import type { ServerContext } from './serverContext';

export function admitTurn(ctx: ServerContext, req: Request, res: Response, conversationId?: string): boolean {
  const address = clientAddress(req, ctx.limits.trustProxy);
  const admission = ctx.turns.admit([
    { key: `address:${address}`, max: ctx.limits.turnsPerAddress },
    ...(conversationId !== undefined ? [{ key: `conversation:${conversationId}`, max: ctx.limits.turnsPerConversation }] : []),
  ]);
  if (admission.ok) return true;
  ctx.log.info({ address, conversationId, url: req.url }, 'turn rate limit reached');
  sendError(res, 429, 'rate_limited', `Too many messages: try again in ${admission.retryAfterSeconds} seconds.`, { 'Retry-After': String(admission.retryAfterSeconds) });
  return false;
}
