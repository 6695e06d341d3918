// Calls an HTTP webhook action: POST {action, conversationId, slots, language} as JSON, expect {outcome, slots?}.
// Each attempt has its own time limit; failed attempts are retried with a growing pause. Whatever
// fails in the end (time-out, refused connection, non-2xx, malformed reply) is the `error` outcome.
import type { CompiledWebhook } from '../config/compiledBot';
import type { SlotValues } from '../engine/slotValue';
import type { ActionOutcome } from './actionOutcome';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './jsonDepth';

const MAX_REPLY_BYTES = 64 * 1024;

/** What the webhook is told: the conversation, the slots the flow passes, and the language the conversation is in (a code). */
export interface WebhookRequest {
  readonly conversationId: string;
  readonly slots: SlotValues;
  readonly language?: string;
}

export async function callWebhook(hook: CompiledWebhook, { conversationId, slots, language }: WebhookRequest, env: NodeJS.ProcessEnv = process.env): Promise<ActionOutcome> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  for (const [name, value] of Object.entries(hook.headers)) headers[name] = value.replace(/\$\{([A-Z0-9_]+)\}/g, (_, v: string) => env[v] ?? '');
  const body = JSON.stringify({ action: hook.name, conversationId, slots, ...(language !== undefined ? { language } : {}) });
  let last = 'no attempt made';
  for (let attempt = 0; attempt <= hook.retries; attempt++) {
    if (attempt > 0) await pause(Math.min(2000, 200 * 2 ** (attempt - 1)));
    try {
      const response = await fetch(hook.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(hook.timeoutMs) });
      const text = await response.text();
      if (!response.ok) {
        last = `HTTP ${response.status}`;
        if (response.status >= 400 && response.status < 500 && response.status !== 429) break; // the request itself is wrong
        continue;
      }
      return parseReply(text, hook);
    } catch (err) {
      last = describe(err, hook.timeoutMs);
    }
  }
  return { outcome: 'error', error: last };
}

function parseReply(text: string, hook: CompiledWebhook): ActionOutcome {
  if (text.length > MAX_REPLY_BYTES) return { outcome: 'error', error: 'reply too large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { outcome: 'error', error: 'reply is not JSON' };
  }
  if (nestsDeeperThan(data, MAX_JSON_DEPTH)) return { outcome: 'error', error: `reply nests more than ${MAX_JSON_DEPTH} levels deep` };
  const reply = data as { outcome?: unknown; slots?: unknown };
  if (typeof reply !== 'object' || reply === null || typeof reply.outcome !== 'string') return { outcome: 'error', error: 'reply has no "outcome"' };
  if (reply.outcome !== 'error' && !hook.outcomes.includes(reply.outcome)) return { outcome: 'error', error: `unknown outcome "${reply.outcome}"` };
  if (reply.slots !== undefined && (typeof reply.slots !== 'object' || reply.slots === null || Array.isArray(reply.slots))) return { outcome: 'error', error: '"slots" is not an object' };
  return reply.slots ? { outcome: reply.outcome, slots: reply.slots as ActionOutcome['slots'] } : { outcome: reply.outcome };
}

function describe(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `timed out after ${timeoutMs} ms`;
  return e.cause?.code ?? e.cause?.message ?? e.message ?? String(err);
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
