// A request with neither Content-Length nor Transfer-Encoding has no body (RFC 9112 §6.3), which is
// how `curl -X POST` without data, and the Direct Line documentation's own examples, call. restify's
// body parser reads such a request as an unknown media type and answers 415; saying the length is
// 0 lets it through with no body, exactly as a `Content-Length: 0` request. Routes whose body is
// required still answer 400 for the missing body.
import type { Next, Request, Response } from 'restify';

export function bodilessRequest(req: Request, _res: Response, next: Next): void {
  if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) {
    req.headers['content-length'] = '0';
  }
  next();
}
