// The client a request comes from, as the per-address rate limits count it: the socket's peer, or the
// first X-Forwarded-For entry when the server runs behind a proxy it trusts; an IPv6 client by its /64.
import type { Request } from 'restify';
import { addressGroup } from './addressGroup';

export function clientAddress(req: Request, trustProxy: boolean): string {
  if (trustProxy) {
    const header = req.headers['x-forwarded-for'];
    const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim();
    if (first) return addressGroup(first);
  }
  return addressGroup(req.socket.remoteAddress ?? 'unknown');
}
