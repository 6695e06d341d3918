// The operator's settings of `baton start`, all read here from the environment: the rate limits,
// the sign-in throttle, the connection caps and timeouts, whether to trust X-Forwarded-For, how long live
// delivery of an agent's write may take, attached files' size and types, and how long a graceful shutdown may take; where answers
// to tickets are emailed from (SMTP_URL, BATON_MAIL_FROM); and, for demos, the time the server's
// clock starts at (BATON_NOW); the address customers' channels reach it at (BATON_PUBLIC_URL).
import type { MailSettings } from '../handoff/ticketMailer';
import { SNIFFABLE_TYPES } from '../attachments/sniffContentType';
import { DEFAULT_LIMITS, type Limits } from './serverContext';

/** BATON_ATTACHMENT_TYPES: a comma-separated subset of the types Baton recognises by content; empty refuses every file. */
function attachmentTypesFromEnv(env: NodeJS.ProcessEnv): readonly string[] {
  const raw = env.BATON_ATTACHMENT_TYPES;
  if (raw === undefined) return DEFAULT_LIMITS.attachmentTypes;
  const types = raw.split(',').map((t) => t.trim().toLowerCase()).filter((t) => t !== '');
  const unknown = types.filter((t) => !SNIFFABLE_TYPES.includes(t));
  if (unknown.length > 0) throw new Error(`BATON_ATTACHMENT_TYPES may list only ${SNIFFABLE_TYPES.join(', ')}, not "${unknown.join('", "')}".`);
  return types;
}

export interface ServerSettings {
  readonly limits: Limits;
  readonly shutdownTimeoutMs: number;
  /** SMTP for answers to tickets; absent: answers cannot be emailed. */
  readonly mail?: MailSettings;
  /** BATON_NOW: the server's clock starts at this time and runs on from it (opening hours, tickets). */
  readonly startAt?: Date;
  /** BATON_PUBLIC_URL: where customers' channels reach this server (Teams fetches agents' files there). */
  readonly publicUrl?: string;
}

/** BATON_PUBLIC_URL: an http(s) address with no query or fragment; its trailing slash is dropped. */
export function publicUrlFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.BATON_PUBLIC_URL?.trim() ?? '';
  if (raw === '') return undefined;
  const url = URL.canParse(raw) ? new URL(raw) : undefined;
  if (!url || !/^https?:$/.test(url.protocol) || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new Error(`BATON_PUBLIC_URL must be the http(s) address customers' channels reach this server at, such as https://bot.example.com, not "${raw}".`);
  }
  return url.href.replace(/\/+$/, '');
}

function mailFromEnv(env: NodeJS.ProcessEnv): MailSettings | undefined {
  const url = env.SMTP_URL?.trim() ?? '';
  const from = env.BATON_MAIL_FROM?.trim() ?? '';
  if (url === '' && from === '') return undefined;
  if (!/^smtps?:\/\/[^/]/.test(url)) throw new Error(`SMTP_URL must be an smtp:// or smtps:// URL, not "${env.SMTP_URL ?? ''}".`);
  if (from === '') throw new Error('BATON_MAIL_FROM must name the address answers are sent from, e.g. "Acme Support <support@example.com>".');
  return { url, from };
}

function startFromEnv(env: NodeJS.ProcessEnv): Date | undefined {
  const raw = env.BATON_NOW?.trim() ?? '';
  if (raw === '') return undefined;
  const at = new Date(raw);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(raw) || Number.isNaN(at.getTime())) throw new Error(`BATON_NOW must be a date and time such as 2026-11-29T10:00:00Z, not "${raw}".`);
  return at;
}

export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

/** Throws an Error naming the variable when a value is not a positive whole number. */
export function serverSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const count = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, not "${raw}".`);
    return value;
  };
  const headersTimeoutMs = count('BATON_HEADERS_TIMEOUT_MS', DEFAULT_LIMITS.headersTimeoutMs);
  const requestTimeoutMs = count('BATON_REQUEST_TIMEOUT_MS', DEFAULT_LIMITS.requestTimeoutMs);
  if (headersTimeoutMs > requestTimeoutMs) {
    throw new Error(`BATON_HEADERS_TIMEOUT_MS (${headersTimeoutMs}) must not be longer than BATON_REQUEST_TIMEOUT_MS (${requestTimeoutMs}): the headers are part of the request.`);
  }
  const mail = mailFromEnv(env);
  const startAt = startFromEnv(env);
  const publicUrl = publicUrlFromEnv(env);
  return {
    limits: {
      ...DEFAULT_LIMITS,
      turnsPerConversation: count('BATON_TURNS_PER_MINUTE', DEFAULT_LIMITS.turnsPerConversation),
      turnsPerAddress: count('BATON_TURNS_PER_MINUTE_PER_ADDRESS', DEFAULT_LIMITS.turnsPerAddress),
      conversationsPerAddress: count('BATON_CONVERSATIONS_PER_MINUTE_PER_ADDRESS', DEFAULT_LIMITS.conversationsPerAddress),
      maxConnections: count('BATON_MAX_CONNECTIONS', DEFAULT_LIMITS.maxConnections),
      maxConnectionsPerAddress: count('BATON_MAX_CONNECTIONS_PER_ADDRESS', DEFAULT_LIMITS.maxConnectionsPerAddress),
      headersTimeoutMs,
      requestTimeoutMs,
      keepAliveMs: count('BATON_KEEP_ALIVE_MS', DEFAULT_LIMITS.keepAliveMs),
      trustProxy: env.BATON_TRUST_PROXY === '1',
      signInFailuresPerAgent: count('BATON_SIGN_IN_FAILURES', DEFAULT_LIMITS.signInFailuresPerAgent),
      signInFailuresPerAddress: count('BATON_SIGN_IN_FAILURES_PER_ADDRESS', DEFAULT_LIMITS.signInFailuresPerAddress),
      liveDeliveryMs: count('BATON_LIVE_DELIVERY_MS', DEFAULT_LIMITS.liveDeliveryMs),
      maxAttachmentBytes: count('BATON_MAX_ATTACHMENT_BYTES', DEFAULT_LIMITS.maxAttachmentBytes),
      attachmentTypes: attachmentTypesFromEnv(env),
    },
    shutdownTimeoutMs: count('BATON_SHUTDOWN_TIMEOUT_MS', DEFAULT_SHUTDOWN_TIMEOUT_MS),
    ...(mail ? { mail } : {}),
    ...(startAt ? { startAt } : {}),
    ...(publicUrl ? { publicUrl } : {}),
  };
}
