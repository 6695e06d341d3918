// Every HTTP error is JSON: { "error": { "code", "message" } }, with the right status; `extra` adds
// fields beside `error` (a failed turn's replies for the customer).
import type { Response } from 'restify';

export function sendError(res: Response, status: number, code: string, message: string, headers: Record<string, string> = {}, extra: Record<string, unknown> = {}): void {
  for (const [name, value] of Object.entries(headers)) res.header(name, value);
  res.send(status, { ...extra, error: { code, message } });
}
