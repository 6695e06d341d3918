// POST /conversations/:id/activities: a client posts an activity. It is logged as the echo
// clients expect; a message then goes to the bot, and its replies follow a typing activity (sent
// when the turn has replies, or early when it is slow). `endOfConversation` ends the conversation
// (runtime.leave). Other known non-message types (typing, event, ...) are logged and acknowledged
// without reaching the bot; unknown types are refused with 400. Messages are rate-limited per
// conversation and per client address (429 with Retry-After). Answers { id }. A turn that cannot be
// run leaves the bot's `turnFailed` message in the conversation, and the POST answers the failure
// (503 or 409 with Retry-After, or 500), as Direct Line answers a bot that failed.
import type { Request, Response, Server } from 'restify';
import { admitTurn } from '../../src/server/admitTurn';
import { route } from '../../src/server/createServer';
import { sendError } from '../../src/server/sendError';
import { turnFailedReply } from '../../src/server/turnFailedReply';
import { findConversation } from './conversationRoutes';
import { BASE_PATH, botAccount, customerOf, logReplies, type DirectLineContext } from './directLineContext';
import type { ConversationOwner } from './activityLog';
import type { ChannelAccount } from './directLineActivity';
import { readUserActivity, type UserActivity } from './readUserActivity';
import { registerUploadRoute } from './uploadRoute';
import { typingActivity } from './replyActivities';
import { replyLocale } from '../replyLocale';

/** A turn still running after this long shows the bot typing. */
const SLOW_TURN_MS = 300;

export function registerActivityRoutes(server: Server, dl: DirectLineContext): void {
  // Requests whose failure the bot's turnFailed message already tells in the conversation. When the
  // log is out of reach too (the store it lives in is down), the error answer carries the message
  // as `replies` instead, as REST's does, so Baton's page can still show it.
  const told = new WeakSet<Request>();
  server.post(`${BASE_PATH}/conversations/:conversationId/activities`, route(dl.server, async (req: Request, res: Response) => {
    const found = await findConversation(dl, req, res);
    if (!found) return;
    const read = readUserActivity(req.body, fromOwner(found.owner), dl.server.limits.maxMessageChars);
    if (!read.ok) return sendError(res, read.status, read.code, read.message);
    await answerActivity(dl, req, res, found.conversationId, found.owner, read, told);
  }, (req) => (told.has(req) ? {} : { replies: [turnFailedReply(dl.server.runtime.bot, String(req.params?.conversationId ?? ''))] })));
  registerUploadRoute(server, dl, told);
}

export const fromOwner = (owner: ConversationOwner): ChannelAccount => ({ id: owner.userId, ...(owner.name !== undefined ? { name: owner.name } : {}), role: 'user' as const });

/**
 * Logs a posted activity and, for a message, runs the turn and logs the bot's replies; answers { id }.
 * `told` collects requests whose failure the conversation already shows.
 */
export async function answerActivity(dl: DirectLineContext, req: Request, res: Response, conversationId: string, owner: ConversationOwner, read: Extract<UserActivity, { ok: true }>, told: WeakSet<Request>): Promise<void> {
    if (read.input && !(await admitTurn(dl.server, req, res, conversationId))) return;
    // The client's first activity: a welcome waiting for its language is logged first, in it.
    await dl.welcomes.release(conversationId, read.locale);
    const envelope = { timestamp: dl.clock.now().toISOString(), channelId: 'directline' as const, conversation: { id: conversationId } };
    const logged = await dl.log.append(conversationId, [{ ...read.echo, ...envelope }]);
    const id = logged?.[0]?.id;
    if (id === undefined) return sendError(res, 404, 'conversation_not_found', 'There is no such conversation, or it has expired.');
    // The customer left: the conversation ends, and a handoff waiting for an agent is closed.
    if (read.left) await dl.server.runtime.leave(conversationId);
    if (read.input) {
      // The bot types only when it answers: a message to a waiting or served customer's agent gets
      // no reply from the bot, and dots would promise one. A slow turn shows them while it runs.
      let typed: Promise<unknown> | undefined;
      const typing = () => (typed ??= dl.log.append(conversationId, [typingActivity({ conversationId, from: botAccount(dl), timestamp: envelope.timestamp, replyToId: id })]));
      const slow = setTimeout(typing, SLOW_TURN_MS);
      try {
        const outcome = await dl.server.runtime.message(conversationId, { ...read.input, customer: customerOf(owner) });
        clearTimeout(slow);
        if (outcome.replies.length > 0) await typing();
        await logReplies(dl, conversationId, outcome.replies, id, replyLocale(outcome.state.language, read.locale));
      } catch (err) {
        // The customer sees the bot's turnFailed message in the conversation; the POST answers the
        // failure (503 or 409 with Retry-After, or 500) through route(), which also logs it.
        clearTimeout(slow);
        try {
          await typing();
          await logReplies(dl, conversationId, [turnFailedReply(dl.server.runtime.bot, conversationId)], id);
          told.add(req);
        } catch {
          // The log failed with the turn: the error answer below carries the message.
        }
        throw err;
      }
    }
    res.send(200, { id });
}
