// The token of an agent's request: `Authorization: Bearer <token>`. Only the event stream, which a
// browser opens with EventSource (no headers), may carry it as `?token=`: a token in a URL can end
// up in proxies' and browsers' histories, so no other route accepts one there.
import type { Request } from 'restify';
import { bearerToken } from './bearerToken';

export function agentToken(req: Request, options: { fromQuery?: boolean } = {}): string {
  const fromHeader = bearerToken(req.headers.authorization);
  if (fromHeader !== undefined) return fromHeader;
  return options.fromQuery ? String((req.query as Record<string, unknown> | undefined)?.token ?? '') : '';
}
