// GET /api/agent/replies?handoff=<id>: the saved replies the signed-in agent may use in that
// conversation (those of its queue, and those for every queue), each filled from its handoff packet
// (see fillSavedReply). Without `handoff`: the replies of all the agent's queues, with only the
// agent's and the bot's details filled. The replies come from the bot that serves now, so a reload
// (`baton start --watch`) brings new ones at once.
import type { Server } from 'restify';
import type { CompiledSavedReply } from '../config/compiledBot';
import type { AgentDirectory } from '../handoff/agentDirectory';
import { fillSavedReply } from '../handoff/fillSavedReply';
import type { HandoffService } from '../handoff/handoffService';
import type { Clock } from '../runtime/clock';
import { route } from './createServer';
import { sendError } from './sendError';
import type { ChannelAdapter, ServerContext } from './serverContext';
import { signedInAgent } from './signedInAgent';

export interface SavedRepliesDeps {
  readonly service: HandoffService;
  readonly accounts: AgentDirectory;
  readonly clock: Clock;
}

const forQueues = (reply: CompiledSavedReply, queues: readonly string[]): boolean => reply.queues === undefined || reply.queues.some((q) => queues.includes(q));

export function savedRepliesApi(deps: SavedRepliesDeps): ChannelAdapter {
  return {
    name: 'saved-replies',
    register(server: Server, ctx: ServerContext): void {
      server.get('/api/agent/replies', route(ctx, async (req, res) => {
        const now = deps.clock.now();
        const signedIn = await signedInAgent(req, res, deps.accounts, now);
        if (!signedIn) return;
        const { agent } = signedIn;
        const id = (req.query as Record<string, unknown> | undefined)?.handoff;
        if (id !== undefined && (typeof id !== 'string' || id === '')) return sendError(res, 400, 'bad_request', '"handoff" must be one handoff id.');
        const handoff = id === undefined ? undefined : await deps.service.store.get(id);
        if (id !== undefined && (!handoff || (!agent.queues.includes(handoff.queue) && handoff.agentId !== agent.id))) return sendError(res, 404, 'not_found', 'No such handoff in your queues.');
        const bot = ctx.runtime.bot;
        const replies = bot.replies
          .filter((r) => forQueues(r, handoff ? [handoff.queue] : agent.queues))
          .map((r) => fillSavedReply(bot, r, agent, handoff?.packet, now));
        res.header('Cache-Control', 'no-store');
        res.send(200, { replies });
      }));
    },
  };
}
