// GET /api/chat/agents: whether a person can answer now, for the web chat page's status line.
// `online` is true when an agent serving one of the bot's queues is signed in and active (see
// agentPresence); `queues` says it per queue. No sign-in: it tells no one's name.
import type { Server } from 'restify';
import type { CompiledBot } from '../config/compiledBot';
import type { AgentPresence } from '../handoff/agentPresence';
import type { Clock } from '../runtime/clock';
import { route } from './createServer';
import type { ChannelAdapter, ServerContext } from './serverContext';

export interface AgentsOnline {
  readonly online: boolean;
  readonly queues: Readonly<Record<string, boolean>>;
}

export function agentsOnlineRoute(presence: AgentPresence, bot: () => CompiledBot, clock: Clock): ChannelAdapter {
  return {
    name: 'agents-online',
    register(server: Server, ctx: ServerContext): void {
      server.get('/api/chat/agents', route(ctx, async (_req, res) => {
        const queues = await presence.staffed(Object.keys(bot().handoff.queues), clock.now());
        res.send(200, { online: Object.values(queues).some(Boolean), queues } satisfies AgentsOnline, { 'Cache-Control': 'no-store' });
      }));
    },
  };
}
