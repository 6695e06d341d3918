// The restify server: JSON bodies with a size limit, connection caps and timeouts, JSON errors for
// every failure, health routes, and the channel adapters' routes with the turn limiter they share.
// A failure in one request never affects another.
import restify, { type Request, type Response, type Server } from 'restify';
import { redactUrl } from '../privacy/redactUrl';
import { megabytes } from '../attachments/checkAttachment';
import { bodilessRequest } from './bodilessRequest';
import { isFileUpload, maxUploadBytes } from './fileUpload';
import { limitBodyDepth } from './limitBodyDepth';
import { limitConnections } from './limitConnections';
import { sendError } from './sendError';
import type { ChannelAdapter, ServerContext, ServerParts } from './serverContext';
import { memoryRateLimiters } from './rateLimiters';
import { createTurnLimiter } from './turnLimiter';
import { withinMs } from '../runtime/withinMs';
import { failureStatus } from './failureStatus';
import { failuresOf } from './failuresOf';

export function createServer(parts: ServerParts, adapters: readonly ChannelAdapter[]): Server {
  const rateLimiters = parts.rateLimiters ?? memoryRateLimiters();
  const ctx: ServerContext = { ...parts, rateLimiters, turns: createTurnLimiter(rateLimiters, parts.limits.turnWindowMs) };
  const server = restify.createServer({ name: 'baton', handleUncaughtExceptions: false });
  limitConnections(server.server, ctx.limits, ctx.log);
  server.pre((req: Request, res: Response, next: restify.Next) => {
    // The request log costs a listener and an object per request: only when it is written.
    if (ctx.log.isLevelEnabled('debug')) {
      const started = Date.now();
      res.on('finish', () => ctx.log.debug({ method: req.method, url: redactUrl(req.url ?? ''), status: res.statusCode, ms: Date.now() - started }, 'request'));
    }
    const length = Number(req.headers['content-length'] ?? 0);
    if (isFileUpload(req)) {
      if (length <= maxUploadBytes(ctx.limits)) return next();
      sendError(res, 413, 'file_too_large', `Files can be at most ${megabytes(ctx.limits.maxAttachmentBytes)}.`);
      return next(false);
    }
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
  server.pre(bodilessRequest);
  server.use(restify.plugins.queryParser({ mapParams: false }));
  const parseBody = restify.plugins.bodyParser({ mapParams: false, maxBodySize: ctx.limits.maxBodyBytes, rejectUnknown: true });
  server.use((req: Request, res: Response, next: restify.Next) => (isFileUpload(req) ? next() : runAll(parseBody, req, res, next)));
  server.use(limitBodyDepth);

  server.get('/healthz', (_req: Request, res: Response, next: restify.Next) => {
    res.send(200, { status: 'ok' });
    return next();
  });
  server.get('/readyz', route(ctx, async (_req, res) => {
    // A frozen store never answers: past the limit it is not ready, and the next check asks again.
    const storeOk = await withinMs(ctx.store.ping().catch(() => false), READY_TIMEOUT_MS, () => false);
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

/** Runs restify handlers one after another, as server.use would. */
function runAll(handlers: readonly restify.RequestHandler[], req: Request, res: Response, next: restify.Next): void {
  const at = (i: number): void => {
    const handler = handlers[i];
    if (!handler) return void next();
    (handler as (req: Request, res: Response, next: restify.Next) => void)(req, res, ((err?: unknown) => (err !== undefined && err !== null ? next(err as Error) : at(i + 1))) as restify.Next);
  };
  at(0);
}

/** How long /readyz waits for the store before answering 503. */
const READY_TIMEOUT_MS = 1500;

/**
 * Wraps an async route so a thrown error becomes a JSON error, never a crash: 503 or 409 with
 * Retry-After when the store is out of reach or the conversation busy (see failureStatus.ts), else a
 * 500; failures are logged, and counted rather than logged again when they repeat. `failureBody`
 * adds fields to the error answer (see turnRoute.ts).
 */
export function route(ctx: ServerContext, handler: (req: Request, res: Response) => Promise<void>, failureBody?: (req: Request) => Record<string, unknown>) {
  return (req: Request, res: Response, next: restify.Next): void => {
    handler(req, res).then(
      () => next(),
      (err: unknown) => {
        const failure = failureStatus(err);
        if (failure.status >= 500) failuresOf(ctx.log).log(err, { url: redactUrl(req.url ?? ''), status: failure.status }, 'route failed', failure.status === 500 ? 'error' : 'warn');
        if (!res.headersSent) {
          const headers: Record<string, string> = failure.retryAfter !== undefined ? { 'Retry-After': String(failure.retryAfter) } : {};
          sendError(res, failure.status, failure.code, failure.message, headers, failureBody?.(req));
        }
        next();
      },
    );
  };
}
