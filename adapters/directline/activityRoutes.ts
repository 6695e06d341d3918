// POST /conversations/:id/activities: a client posts an activity. It is logged as the echo
// clients expect; a message then goes to the bot, and its replies follow a typing activity (sent
// when the turn has replies, or early when it is slow). Known non-message types (typing, event, ...) are logged and acknowledged
// without reaching the bot; unknown types are refused with 400. Messages are rate-limited per
// conversation and per client address (429 with Retry-After). Answers { id }.
import type { Request, Response, Server } from 'restify';
import { admitTurn } from '../../src/server/admitTurn';
import { route } from '../../src/server/createServer';
import { sendError } from '../../src/server/sendError';
import { findConversation } from './conversationRoutes';
import { BASE_PATH, botAccount, customerOf, logReplies, type DirectLineContext } from './directLineContext';
import { readUserActivity } from './readUserActivity';
import { typingActivity } from './replyActivities';

/** A turn still running after this long shows the bot typing. */
const SLOW_TURN_MS = 300;
const SORRY = 'Sorry, something went wrong on our side. Please try again in a moment.';

export function registerActivityRoutes(server: Server, dl: DirectLineContext): void {
  server.post(`${BASE_PATH}/conversations/:conversationId/activities`, route(dl.server, async (req: Request, res: Response) => {
    const found = await findConversation(dl, req, res);
    if (!found) return;
    const { conversationId, owner } = found;
    const from = { id: owner.userId, ...(owner.name !== undefined ? { name: owner.name } : {}), role: 'user' as const };
    const read = readUserActivity(req.body, from, dl.server.limits.maxMessageChars);
    if (!read.ok) return sendError(res, read.status, read.code, read.message);
    if (read.input && !(await admitTurn(dl.server, req, res, conversationId))) return;
    const envelope = { timestamp: dl.clock.now().toISOString(), channelId: 'directline' as const, conversation: { id: conversationId } };
    const logged = await dl.log.append(conversationId, [{ ...read.echo, ...envelope }]);
    const id = logged?.[0]?.id;
    if (id === undefined) return sendError(res, 404, 'conversation_not_found', 'There is no such conversation, or it has expired.');
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
        await logReplies(dl, conversationId, outcome.replies, id);
      } catch (err) {
        clearTimeout(slow);
        dl.server.log.error({ err, conversationId }, 'directline: the turn failed');
        await typing();
        await logReplies(dl, conversationId, [{ text: SORRY }], id);
      }
    }
    res.send(200, { id });
  }));
}
