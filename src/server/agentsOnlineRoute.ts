// GET /api/chat/agents: whether a person can answer now, for the web chat page's status line.
// `online` is true when an agent serving one of the bot's queues is signed in and active (see
// agentPresence); `queues` says it per queue. With `?language=es` (a language the bot serves), a queue
// that needs the customer's language counts only agents who speak it. No sign-in: it tells no one's name.
import type { Server } from 'restify';
import type { CompiledBot } from '../config/compiledBot';
import { staffedQueues, type AgentPresence } from '../handoff/agentPresence';
import { servesIn } from '../handoff/agentLanguages';
import { servedLanguage } from '../config/botInLanguage';
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
      server.get('/api/chat/agents', route(ctx, async (req, res) => {
        const current = bot();
        const names = Object.keys(current.handoff.queues);
        const asked = (req.query as Record<string, unknown> | undefined)?.language;
        const language = typeof asked === 'string' && asked.length <= 35 ? servedLanguage(current, asked) : undefined;
        const queues = language === undefined
          ? await presence.staffed(names, clock.now())
          : staffedQueues(names, await presence.online(clock.now()), (agent, queue) => servesIn(agent, current, queue, language));
        res.send(200, { online: Object.values(queues).some(Boolean), queues } satisfies AgentsOnline, { 'Cache-Control': 'no-store' });
      }));
    },
  };
}
