// The rate-limit checks of customer endpoints: a turn counts against its client address and, when
// given, its conversation; starting a conversation (a token, a Direct Line conversation) counts
// against the address's starts, so nobody can fill memory with empty conversations. Past a limit
// they answer 429 with Retry-After and resolve false. On a Redis store the counts are shared by
// every process (see rateLimiters).
import type { Request, Response } from 'restify';
import { redactUrl } from '../privacy/redactUrl';
import { clientAddress } from './clientAddress';
import { sendError } from './sendError';
import type { ServerContext } from './serverContext';
import type { TurnLimit } from './turnLimiter';

export function admitTurn(ctx: ServerContext, req: Request, res: Response, conversationId?: string): Promise<boolean> {
  const address = clientAddress(req, ctx.limits.trustProxy);
  return admit(ctx, req, res, [
    { key: `address:${address}`, max: ctx.limits.turnsPerAddress },
    ...(conversationId !== undefined ? [{ key: `conversation:${conversationId}`, max: ctx.limits.turnsPerConversation }] : []),
  ], { address, conversationId }, 'messages');
}

export function admitConversationStart(ctx: ServerContext, req: Request, res: Response): Promise<boolean> {
  const address = clientAddress(req, ctx.limits.trustProxy);
  return admit(ctx, req, res, [{ key: `starts:${address}`, max: ctx.limits.conversationsPerAddress }], { address }, 'new conversations');
}

async function admit(ctx: ServerContext, req: Request, res: Response, limits: readonly TurnLimit[], about: Record<string, unknown>, what: string): Promise<boolean> {
  const admission = await ctx.turns.admit(limits);
  if (admission.ok) return true;
  ctx.log.info({ ...about, url: redactUrl(req.url ?? '') }, `rate limit reached: ${what}`);
  sendError(res, 429, 'rate_limited', `Too many ${what}: try again in ${admission.retryAfterSeconds} seconds.`, { 'Retry-After': String(admission.retryAfterSeconds) });
  return false;
}
