// What the Direct Line routes and the WebSocket stream share, and the steps they have in common:
// issuing tokens, opening a conversation (its welcome comes from the runtime), logging bot replies.
import { randomBytes } from 'node:crypto';
import type { Request } from 'restify';
import { reachedAt } from '../../src/server/requestOrigin';
import type { Clock } from '../../src/runtime/clock';
import type { Reply } from '../../src/runtime/createRuntime';
import { failuresOf } from '../../src/server/failuresOf';
import { failureStatus } from '../../src/server/failureStatus';
import type { ServerContext } from '../../src/server/serverContext';
import { turnFailedReply } from '../../src/server/turnFailedReply';
import type { ActivityLog, ConversationOwner } from './activityLog';
import type { ChannelAccount } from './directLineActivity';
import type { PendingWelcomes } from './pendingWelcomes';
import { replyLocale } from '../replyLocale';
import { replyActivities } from './replyActivities';
import type { TokenClaims, TokenSigner } from './tokenSigner';

export const BASE_PATH = '/v3/directline';
/** Conversation and user ids this adapter accepts in paths and bodies. */
export const ID_PATTERN = /^[A-Za-z0-9._:@-]{1,128}$/;
/** How long a stream URL may wait before its socket is opened. */
const STREAM_TOKEN_SECONDS = 120;

export interface DirectLineContext {
  readonly server: ServerContext;
  readonly log: ActivityLog;
  readonly signer: TokenSigner;
  /** DIRECTLINE_SECRET: when set, tokens are generated only for callers presenting it. */
  readonly secret: string | undefined;
  readonly tokenTtlSeconds: number;
  readonly clock: Clock;
  /** Welcomes of a bot of several languages, waiting for the client to say its language. */
  readonly welcomes: PendingWelcomes;
}

export interface IssuedToken {
  readonly conversationId: string;
  readonly token: string;
  readonly expires_in: number;
}

export const newConversationId = (): string => `dl-${randomBytes(16).toString('base64url')}`;
export const newUserId = (): string => `dl_${randomBytes(12).toString('base64url')}`;

export async function issueToken(dl: Pick<DirectLineContext, 'signer' | 'tokenTtlSeconds'>, conversationId: string, owner: ConversationOwner): Promise<IssuedToken> {
  const token = await dl.signer.sign({ conv: conversationId, user: owner.userId, ...(owner.name !== undefined ? { name: owner.name } : {}), ...(owner.verified ? { vfy: true as const } : {}) }, dl.tokenTtlSeconds);
  return { conversationId, token, expires_in: dl.tokenTtlSeconds };
}

/**
 * The WebSocket URL of a conversation, on the host the client reached (as a reverse proxy reports
 * it in X-Forwarded-Host and X-Forwarded-Proto), resuming after `watermark`.
 */
export async function streamUrl(dl: DirectLineContext, req: Request, conversationId: string, owner: ConversationOwner, watermark?: number): Promise<string> {
  const { secure, host } = reachedAt(req);
  const t = await dl.signer.sign({ conv: conversationId, user: owner.userId, scope: 'stream' }, STREAM_TOKEN_SECONDS);
  const query = `t=${encodeURIComponent(t)}${watermark !== undefined ? `&watermark=${watermark}` : ''}`;
  return `${secure ? 'wss' : 'ws'}://${host}${BASE_PATH}/conversations/${encodeURIComponent(conversationId)}/stream?${query}`;
}

export function botAccount(dl: DirectLineContext): ChannelAccount {
  return { id: dl.server.runtime.bot.id, name: dl.server.runtime.bot.name, role: 'bot' };
}

export const customerOf = (owner: ConversationOwner) => ({ channel: 'webchat', userId: owner.userId, ...(owner.name !== undefined ? { name: owner.name } : {}), ...(owner.verified ? { verified: true } : {}) });

/** The owner a conversation token names. */
export const ownerOf = (claims: TokenClaims): ConversationOwner => ({ userId: claims.user, ...(claims.name !== undefined ? { name: claims.name } : {}), ...(claims.vfy ? { verified: true } : {}) });

/** Logs bot messages, in `locale` (the conversation's language) when given; false when the log does not hold the conversation. */
export async function logReplies(dl: DirectLineContext, conversationId: string, replies: readonly Reply[], replyToId?: string, locale?: string): Promise<boolean> {
  const envelope = { conversationId, from: botAccount(dl), timestamp: dl.clock.now().toISOString(), ...(replyToId !== undefined ? { replyToId } : {}), ...(locale !== undefined ? { locale } : {}) };
  return (await dl.log.append(conversationId, replyActivities(replies, envelope))) !== undefined;
}

/**
 * Creates the conversation if it is new and logs the bot's welcome (or, when the runtime cannot start
 * it, the bot's `turnFailed` message); false when it existed already. `locale`: the client's, when it
 * said it on starting. A bot of several languages told none waits for the client's first activity
 * (see pendingWelcomes).
 */
export async function openConversation(dl: DirectLineContext, conversationId: string, owner: ConversationOwner, locale?: string): Promise<boolean> {
  if (!(await dl.log.create(conversationId, owner))) return false;
  const welcome = (said: string | undefined) => logWelcome(dl, conversationId, owner, said);
  if (locale === undefined && dl.server.runtime.bot.languages.length > 1 && dl.welcomes.waits) dl.welcomes.hold(conversationId, welcome);
  else await welcome(locale);
  return true;
}

async function logWelcome(dl: DirectLineContext, conversationId: string, owner: ConversationOwner, locale: string | undefined): Promise<void> {
  try {
    const customer = customerOf(owner);
    const outcome = await (locale !== undefined ? dl.server.runtime.start(conversationId, customer, { locale }) : dl.server.runtime.start(conversationId, customer));
    await logReplies(dl, conversationId, outcome.replies, undefined, replyLocale(outcome.state.language, locale));
  } catch (err) {
    failuresOf(dl.server.log).log(err, { conversationId }, 'directline: the welcome failed', failureStatus(err).status === 500 ? 'error' : 'warn');
    await logReplies(dl, conversationId, [turnFailedReply(dl.server.runtime.bot, conversationId)]);
  }
}
