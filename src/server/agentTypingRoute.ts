// POST /api/agent/handoffs/:id/typing: the agent holding a conversation is typing. The customer
// sees it as their channel shows typing (Direct Line and Bot Framework typing activities; REST has
// none). Consoles send it at most every few seconds while the agent types; the server also drops
// repeats within a second, so a busy client cannot flood the customer. Answers 202 at once: typing
// is a hint, never worth waiting for.
import type { Server } from 'restify';
import type { AgentDirectory } from '../handoff/agentDirectory';
import type { AgentPresence } from '../handoff/agentPresence';
import { agentTyping } from '../handoff/agentReply';
import type { HandoffService } from '../handoff/handoffService';
import type { Clock } from '../runtime/clock';
import { route } from './createServer';
import type { Deliver } from './deliverToCustomer';
import { sendError } from './sendError';
import type { ChannelAdapter, ServerContext } from './serverContext';
import { signedInAgent } from './signedInAgent';

/** Typing signals closer together than this are dropped. */
export const TYPING_REPEAT_MS = 1000;

export interface AgentTypingDeps {
  readonly service: HandoffService;
  readonly accounts: AgentDirectory;
  readonly presence: AgentPresence;
  readonly clock: Clock;
  readonly deliver: Deliver;
}

export function agentTypingRoute(deps: AgentTypingDeps): ChannelAdapter {
  const last = new Map<string, number>();
  return {
    name: 'agent-typing',
    register(server: Server, ctx: ServerContext): void {
      server.post('/api/agent/handoffs/:id/typing', route(ctx, async (req, res) => {
        const now = deps.clock.now();
        const signedIn = await signedInAgent(req, res, deps.accounts, now);
        if (!signedIn) return;
        const { agent } = signedIn;
        const handoff = await deps.service.store.get(String(req.params.id));
        if (!handoff || handoff.status !== 'assigned' || handoff.agentId !== agent.id) return sendError(res, 403, 'not_yours', 'You do not hold this conversation.');
        await deps.presence.seen(agent, now);
        const at = Date.now();
        if (at - (last.get(handoff.id) ?? 0) >= TYPING_REPEAT_MS) {
          last.set(handoff.id, at);
          if (last.size > 10_000) last.delete(last.keys().next().value!);
          void deps.deliver(handoff.conversationId, [agentTyping(agent)]).catch((err: unknown) => ctx.log.debug({ err, handoffId: handoff.id }, 'typing not delivered'));
        }
        res.send(202, { ok: true });
      }));
    },
  };
}
