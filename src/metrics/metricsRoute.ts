// GET /metrics: the app's Prometheus registry in the text format. When BATON_METRICS_TOKEN is set,
// scrapers must send it as `Authorization: Bearer <token>`.
import type { Registry } from 'prom-client';
import type { Server } from 'restify';
import { bearerToken } from '../server/bearerToken';
import { route } from '../server/createServer';
import { secretMatches } from '../server/secretMatches';
import { sendError } from '../server/sendError';
import type { ChannelAdapter, ServerContext } from '../server/serverContext';

export function metricsRoute(registry: Registry, env: NodeJS.ProcessEnv = process.env): ChannelAdapter {
  const token = env.BATON_METRICS_TOKEN;
  return {
    name: 'metrics',
    register(server: Server, ctx: ServerContext): void {
      server.get('/metrics', route(ctx, async (req, res) => {
        if (token && !secretMatches(bearerToken(req.headers.authorization) ?? '', token)) {
          return sendError(res, 401, 'unauthorized', 'Send Authorization: Bearer <BATON_METRICS_TOKEN>.');
        }
        const body = await registry.metrics();
        res.writeHead(200, { 'content-type': registry.contentType });
        res.end(body);
      }));
    },
  };
}
