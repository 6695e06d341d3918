// Outgoing webhooks: each handoff event a receiver asked for is POSTed as JSON, signed with
// HMAC-SHA256 over the body with the receiver's shared secret, and retried with backoff in the
// background. Nothing here ever delays a customer's turn. Customer texts are masked unless BATON_MASK=off.
import { createHmac, randomUUID } from 'node:crypto';
import type { HandoffNotify } from '../config/compiledBot';
import { maskHandoffForExport } from '../privacy/maskHandoffForExport';
import { maskingEnabled } from '../privacy/maskingEnabled';
import { redactUrl } from '../privacy/redactUrl';
import type { HandoffEvent, HandoffService } from './handoffService';

export interface OutgoingWebhookOptions {
  readonly receivers: () => readonly HandoffNotify[];
  readonly env?: NodeJS.ProcessEnv;
  readonly attempts?: number;
  readonly firstDelayMs?: number;
  readonly timeoutMs?: number;
  /** A delivery that failed for good; `url` is redacted (no password or key), fit for a log. */
  readonly onFailure?: (url: string, event: string, error: string) => void;
}

export function sendHandoffWebhooks(service: HandoffService, options: OutgoingWebhookOptions): () => void {
  const env = options.env ?? process.env;
  const attempts = options.attempts ?? 6;
  const firstDelay = options.firstDelayMs ?? 1000;
  const masked = maskingEnabled(env);
  return service.onEvent((event: HandoffEvent) => {
    for (const receiver of options.receivers()) {
      if (!receiver.events.includes(event.name)) continue;
      const secret = env[receiver.secretEnv];
      const shown = redactUrl(receiver.url);
      if (!secret) {
        options.onFailure?.(shown, event.name, `${receiver.secretEnv} is not set`);
        continue;
      }
      void deliver(receiver.url, secret, event, masked, attempts, firstDelay, options.timeoutMs ?? 5000).catch((err: Error) => options.onFailure?.(shown, event.name, err.message));
    }
  });
}

async function deliver(url: string, secret: string, event: HandoffEvent, masked: boolean, attempts: number, firstDelay: number, timeoutMs: number): Promise<void> {
  const { messages: _messages, ...handoff } = masked ? maskHandoffForExport(event.handoff, { enabled: true }) : event.handoff;
  const body = JSON.stringify({ event: event.name, deliveredAt: new Date().toISOString(), handoff });
  const headers = {
    'content-type': 'application/json',
    'x-baton-event': event.name,
    'x-baton-delivery': randomUUID(),
    'x-baton-signature': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
  };
  let last = '';
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(60_000, firstDelay * 2 ** (attempt - 1))));
    try {
      const res = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
      await res.arrayBuffer();
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message;
    }
  }
  throw new Error(`gave up after ${attempts} attempts: ${last}`);
}
