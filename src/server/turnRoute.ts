/**
 * A route that runs a customer's turn. When it fails (503 or 409 with Retry-After, or 500: see
 * failureStatus.ts) the error answer also carries the bot's `turnFailed` message as `replies`, the
 * shape a successful turn answers with, so a client shows the customer a line from the bot rather
 * than a raw error. What the handler already has for the customer rides along in `carry`: the
 * conversation's id once it exists, replies of a part of the turn that was done (a new
 * conversation's welcome), and messages taken from an outbox, so a failure loses nothing.
 */
import type { Request, Response } from 'restify';
import type { Reply } from '../runtime/createRuntime';
import { route } from './createServer';
import type { ServerContext } from './serverContext';
import { requestLanguage, turnFailedReply } from './turnFailedReply';

export interface TurnCarry {
  /** The conversation, once it exists (the client named it, or the turn started it). */
  conversationId?: string;
  /** Replies of the part of the turn that was done and stored, before the part that failed. */
  replies?: readonly Reply[];
  /** Messages taken for the customer before the turn failed. */
  messages?: readonly unknown[];
}

export function turnRoute(ctx: ServerContext, handler: (req: Request, res: Response, carry: TurnCarry) => Promise<void>) {
  const carried = new WeakMap<Request, TurnCarry>();
  return route(ctx, (req, res) => {
    const carry: TurnCarry = {};
    carried.set(req, carry);
    return handler(req, res, carry);
  }, (req) => {
    const carry = carried.get(req) ?? {};
    const replies: Reply[] = [...(carry.replies ?? []), turnFailedReply(ctx.runtime.bot, carry.conversationId, requestLanguage(req.body))];
    return {
      ...(carry.conversationId !== undefined ? { conversationId: carry.conversationId } : {}),
      ...(carry.messages?.length ? { messages: carry.messages } : {}),
      replies,
    };
  });
}
