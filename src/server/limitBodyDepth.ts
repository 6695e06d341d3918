// Runs after the body parser: a JSON body nesting deeper than MAX_JSON_DEPTH is answered 400 before
// any route sees it, so no store, log or id counter is touched by it.
import type { Next, Request, Response } from 'restify';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../runtime/jsonDepth';
import { sendError } from './sendError';

export function limitBodyDepth(req: Request, res: Response, next: Next): void {
  if (req.body !== undefined && nestsDeeperThan(req.body, MAX_JSON_DEPTH)) {
    sendError(res, 400, 'body_too_deep', `The JSON body nests more than ${MAX_JSON_DEPTH} levels deep.`);
    return next(false);
  }
  next();
}
