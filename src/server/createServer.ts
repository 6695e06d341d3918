// The restify server: JSON bodies with a size limit, connection caps and timeouts, JSON errors for
// every failure, health routes, and the channel adapters' routes with the turn limiter they share.
// A failure in one request never affects another.
import restify, { type Request, type Response, type Server } from 'restify';
import { redactUrl } from '../privacy/redactUrl';
import { limitConnections } from './limitConnections';
import { sendError } from './sendError';
import type { ChannelAdapter, ServerContext, ServerParts } from './serverContext';
import { createTurnLimiter } from './turnLimiter';

export function createServer(parts: ServerParts, adapters: readonly ChannelAdapter[]): Server {
  const ctx: ServerContext = { ...parts, turns: createTurnLimiter(parts.limits.turnWindowMs) };
  const server = restify.createServer({ name: 'baton', handleUncaughtExceptions: false });
  limitConnections(server.server, ctx.limits, ctx.log);
  server.pre((req: Request, res: Response, next: restify.Next) => {
    // The request log costs a listener and an object per request: only when it is written.
    if (ctx.log.isLevelEnabled('debug')) {
      const started = Date.now();
      res.on('finish', () => ctx.log.debug({ method: req.method, url: redactUrl(req.url ?? ''), status: res.statusCode, ms: Date.now() - started }, 'request'));
    }
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > ctx.limits.maxBodyBytes) {
      sendError(res, 413, 'body_too_large', `The body is ${length} bytes; the limit is ${ctx.limits.maxBodyBytes}.`);
      return next(false);
    }
    if ((req.method === 'POST' || req.method === 'PUT') && length > 0 && !/^application\/(.+\+)?json\b/i.test(req.headers['content-type'] ?? '')) {
      sendError(res, 415, 'unsupported_media_type', 'Send the body as application/json.');
      return next(false);
    }
    return next();
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: ctx.limits.maxBodyBytes, rejectUnknown: true }));

  server.get('/healthz', (_req: Request, res: Response, next: restify.Next) => {
    res.send(200, { status: 'ok' });
    return next();
  });
  server.get('/readyz', route(ctx, async (_req, res) => {
    const storeOk = await ctx.store.ping().catch(() => false);
    res.send(storeOk ? 200 : 503, { status: storeOk ? 'ready' : 'unavailable', bot: ctx.runtime.bot.id, store: storeOk ? 'reachable' : 'unreachable' });
  }));
  for (const adapter of adapters) adapter.register(server, ctx);

  server.on('restifyError', (req: Request, res: Response, err: Error & { statusCode?: number; body?: { code?: string } }, callback: () => void) => {
    const status = err.statusCode ?? 500;
    if (status >= 500) ctx.log.error({ err, url: redactUrl(req.url ?? '') }, 'request failed');
    const code = status === 404 ? 'not_found' : status === 405 ? 'method_not_allowed' : status === 413 ? 'body_too_large' : status === 400 ? 'bad_request' : (err.body?.code ?? 'error');
    const message = status >= 500 ? 'Something went wrong on our side.' : err.message;
    (err as unknown as { toJSON: () => unknown }).toJSON = () => ({ error: { code: String(code).replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase(), message } });
    return callback();
  });
  return server;
}

/** Wraps an async route so a thrown error becomes a JSON 500 and is logged, never a crash. */
export function route(ctx: ServerContext, handler: (req: Request, res: Response) => Promise<void>) {
  return (req: Request, res: Response, next: restify.Next): void => {
    handler(req, res).then(
      () => next(),
      (err: unknown) => {
        ctx.log.error({ err, url: redactUrl(req.url ?? '') }, 'route failed');
        if (!res.headersSent) sendError(res, 500, 'internal', 'Something went wrong on our side.');
        next();
      },
    );
  };
}
