// What HTTP routes and channel adapters share: the runtime, the store, limits and the log.
import type { Server } from 'restify';
import type { Reply, Runtime } from '../runtime/createRuntime';
import type { ConversationStore } from '../store/conversationStore';
import type { Logger } from './logger';

export interface Limits {
  /** Largest request body, in bytes. */
  readonly maxBodyBytes: number;
  /** Longest customer message, in characters. */
  readonly maxMessageChars: number;
}

export const DEFAULT_LIMITS: Limits = { maxBodyBytes: 64 * 1024, maxMessageChars: 4000 };

export interface ServerContext {
  readonly runtime: Runtime;
  readonly store: ConversationStore;
  readonly log: Logger;
  readonly limits: Limits;
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
  close?(): Promise<void>;
}
