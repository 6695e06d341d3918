// What HTTP routes and channel adapters share: the runtime, the store, limits, the rate-limit
// counters and the turn limiter counting on them, and the log.
import type { Server } from 'restify';
import type { Reply, Runtime } from '../runtime/createRuntime';
import type { AttachmentUrls } from '../attachments/attachmentUrls';
import type { AttachmentStore } from '../store/attachmentStore';
import type { ConversationStore } from '../store/conversationStore';
import type { Logger } from './logger';
import type { RateLimiters } from './rateLimiters';
import type { TurnLimiter } from './turnLimiter';

export interface Limits {
  /** Largest request body, in bytes. */
  readonly maxBodyBytes: number;
  /** Longest customer message, in characters. */
  readonly maxMessageChars: number;
  /** Customer turns one conversation may take per window. */
  readonly turnsPerConversation: number;
  /** Customer turns one client address may take per window, across its conversations. */
  readonly turnsPerAddress: number;
  /** Conversations (tokens, Direct Line conversations) one client address may start per window. */
  readonly conversationsPerAddress: number;
  /** The rate limits' window, in milliseconds. */
  readonly turnWindowMs: number;
  /** Open connections the server accepts at once. */
  readonly maxConnections: number;
  /** Open connections one client address may hold at once; more are closed on arrival (off behind a trusted proxy). */
  readonly maxConnectionsPerAddress: number;
  /** How long a client may take to send a request's headers, in milliseconds. */
  readonly headersTimeoutMs: number;
  /** How long a client may take to send a whole request, headers and body, in milliseconds. */
  readonly requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open between requests, in milliseconds. */
  readonly keepAliveMs: number;
  /** Take the client address from the first X-Forwarded-For entry (behind a trusted proxy). */
  readonly trustProxy: boolean;
  /**
   * Failed agent sign-ins one agent id may have per sign-in window from one client address, and in
   * all; then 429 until it ends from that address, and from every address that failed for it, but
   * never from an address that has not failed for it.
   */
  readonly signInFailuresPerAgent: number;
  /** Failed agent sign-ins one client address may have per sign-in window, across agent ids. */
  readonly signInFailuresPerAddress: number;
  /** The sign-in throttle's window, in milliseconds. */
  readonly signInWindowMs: number;
  /** How long an agent's write waits for live delivery to the customer before answering `delivered: false`. */
  readonly liveDeliveryMs: number;
  /** Largest attached file, in bytes. */
  readonly maxAttachmentBytes: number;
  /** Types attached files may have, as their content shows (a subset of PNG, JPEG, GIF, WebP and PDF). */
  readonly attachmentTypes: readonly string[];
}

export const DEFAULT_LIMITS: Limits = {
  maxBodyBytes: 64 * 1024,
  maxMessageChars: 4000,
  turnsPerConversation: 30,
  turnsPerAddress: 300,
  conversationsPerAddress: 120,
  turnWindowMs: 60_000,
  maxConnections: 1000,
  maxConnectionsPerAddress: 50,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveMs: 5000,
  trustProxy: false,
  signInFailuresPerAgent: 5,
  signInFailuresPerAddress: 20,
  signInWindowMs: 15 * 60_000,
  liveDeliveryMs: 2500,
  maxAttachmentBytes: 10 * 1024 * 1024,
  attachmentTypes: ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf'],
};

/** What `createServer` is given; it adds the turn limiter. */
export interface ServerParts {
  readonly runtime: Runtime;
  readonly store: ConversationStore;
  readonly log: Logger;
  readonly limits: Limits;
  /** Where rate limits count: the store's (shared on Redis); default this process's memory. */
  readonly rateLimiters?: RateLimiters;
  /** Attached files and the signed addresses they are served at; without them files are refused. */
  readonly files?: ServerFiles;
}

export interface ServerFiles {
  readonly store: AttachmentStore;
  readonly urls: AttachmentUrls;
  /** Where customers' channels reach this server (BATON_PUBLIC_URL): channels that fetch files themselves (Teams) need it. */
  readonly publicUrl?: string;
}

export interface ServerContext extends ServerParts {
  readonly rateLimiters: RateLimiters;
  readonly turns: TurnLimiter;
}

/** A channel: a small translation between a protocol and the runtime, registered on the server. */
export interface ChannelAdapter {
  readonly name: string;
  register(server: Server, ctx: ServerContext): void;
  /**
   * Delivers messages that do not answer a customer's request, such as an agent's reply, to a
   * conversation this channel holds. Resolves false when the conversation is not this channel's.
   */
  deliver?(conversationId: string, replies: readonly Reply[]): Promise<boolean>;
  /** Why files cannot reach a conversation this channel holds (said to the agent), or undefined when they can or it is not this channel's. */
  refusesFiles?(conversationId: string, ctx: ServerContext): string | undefined;
  close?(): Promise<void>;
}
