// Every HTTP error is JSON: { "error": { "code", "message" } }, with the right status.
import type { Response } from 'restify';

export function sendError(res: Response, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(headers)) res.header(name, value);
  res.send(status, { error: { code, message } });
}
