// The token of an agent's request: `Authorization: Bearer <token>`, or `?token=` where a header
// cannot be sent (EventSource).
import type { Request } from 'restify';

export function agentToken(req: Request): string {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7) : String((req.query as Record<string, unknown> | undefined)?.token ?? '');
}
