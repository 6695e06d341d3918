// GET /api/agent/analytics?from=YYYY-MM-DD&to=YYYY-MM-DD: the analytics report of a period (default
// the last seven days, in the bot's time zone) for the dashboard at /agent/analytics. Agents only.
import type { Request, Response, Server } from 'restify';
import { analyticsPeriod, PeriodError } from '../analytics/analyticsPeriod';
import { buildAnalyticsReport } from '../analytics/analyticsReport';
import type { AnalyticsStore } from '../analytics/analyticsStore';
import type { AgentDirectory } from '../handoff/agentDirectory';
import type { Clock } from '../runtime/clock';
import { route } from './createServer';
import { sendError } from './sendError';
import type { ChannelAdapter, ServerContext } from './serverContext';
import { signedInAgent } from './signedInAgent';

export interface AnalyticsApiDeps {
  readonly analytics: AnalyticsStore;
  readonly accounts: AgentDirectory;
  readonly clock: Clock;
}

export function analyticsApi(deps: AnalyticsApiDeps): ChannelAdapter {
  return {
    name: 'analytics-api',
    register(server: Server, ctx: ServerContext): void {
      server.get('/api/agent/analytics', route(ctx, async (req: Request, res: Response) => {
        const now = deps.clock.now();
        if (!(await signedInAgent(req, res, deps.accounts, now))) return;
        const query = (req.query ?? {}) as Record<string, unknown>;
        const text = (name: string): string | undefined => (typeof query[name] === 'string' && query[name] !== '' ? (query[name] as string) : undefined);
        const bot = ctx.runtime.bot;
        let period;
        try {
          period = analyticsPeriod({ from: text('from'), to: text('to') }, bot.timezone, now);
        } catch (err) {
          if (err instanceof PeriodError) return sendError(res, 400, 'bad_period', err.message);
          throw err;
        }
        res.header('Cache-Control', 'no-store');
        res.send(200, await buildAnalyticsReport(deps.analytics, bot, period, now));
      }));
    },
  };
}
