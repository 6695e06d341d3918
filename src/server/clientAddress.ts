// The address a request comes from: the socket's peer, or the first X-Forwarded-For entry when the
// server runs behind a proxy it trusts.
import type { Request } from 'restify';

export function clientAddress(req: Request, trustProxy: boolean): string {
  if (trustProxy) {
    const header = req.headers['x-forwarded-for'];
    const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? 'unknown';
}
