// The store contract for conversations: state, full transcripts, customer profiles that link a
// customer's conversations across channels, retention and privacy requests. Memory, SQLite and Redis
// implement it; the runtime knows only this interface. States are stored as JSON and read back
// through migrateState.
import type { ConversationState, TranscriptEntry } from '../engine/conversationState';
import type { TurnLease } from './turnLease';

export interface SaveOptions {
  /**
   * The turn's lease on the conversation (stores shared by several processes): the save happens
   * only while the lease still holds, atomically with that check; otherwise it throws
   * LeaseLostError and writes nothing (fencing).
   */
  readonly lease?: TurnLease;
}

/** A stored state as it was written (any release's format), and whose conversation it is. */
export interface StoredState {
  readonly conversationId: string;
  /** The parsed JSON; the text itself when it is not JSON (migrateState restarts such a state). */
  readonly state: unknown;
}

/** A customer known across channels and conversations. */
export interface CustomerProfile {
  /** The customer's id in Baton: the first key they were known by, e.g. `email:ann@example.com`. */
  readonly id: string;
  /** Every key linked to the customer: `email:…`, `aad:…` (Teams), `web:…` (a signed user id). */
  readonly keys: readonly string[];
  readonly name?: string;
  readonly email?: string;
  /** Their conversations, oldest first. */
  readonly conversations: ReadonlyArray<{ readonly conversationId: string; readonly channel?: string; readonly at: string }>;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What a privacy export holds. */
export interface CustomerExport {
  readonly profile: CustomerProfile;
  readonly conversations: ReadonlyArray<{ readonly conversationId: string; readonly state: unknown; readonly transcript: readonly TranscriptEntry[] }>;
}

export interface ConversationStore {
  /** The stored state as it was written (any release's format), or undefined. */
  loadState(botId: string, conversationId: string): Promise<unknown>;
  /**
   * Saves the state, and appends to the conversation's full transcript the entries it has not stored
   * yet: `state.transcriptTotal` counts every entry ever, the state keeps only the latest ones.
   */
  saveState(state: ConversationState, options?: SaveOptions): Promise<void>;
  /**
   * Every stored state of the bot, a batch (of at most `batchSize`, default 500) at a time, so a store
   * of millions of conversations is never read at once. Conversations saved or deleted meanwhile may
   * or may not be seen; Redis may give one twice (SCAN's guarantee).
   */
  storedStates(botId: string, batchSize?: number): AsyncIterable<readonly StoredState[]>;
  /** The whole transcript, in order, however long (the state keeps only the latest entries). */
  transcript(botId: string, conversationId: string): Promise<TranscriptEntry[]>;
  /**
   * Links a conversation to the customer known by `key` (creating the profile), merging the profiles
   * of `key` and of any other key already linked to this conversation, and records name and email.
   */
  linkCustomer(botId: string, key: string, link: { readonly conversationId: string; readonly channel?: string; readonly name?: string; readonly email?: string; readonly at: string }): Promise<CustomerProfile>;
  /** The profile of the customer known by `key` (any of their keys, or their id). */
  customer(botId: string, key: string): Promise<CustomerProfile | undefined>;
  /** The profile a conversation is linked to. */
  customerOf(botId: string, conversationId: string): Promise<CustomerProfile | undefined>;
  /** Everything stored about a customer, for a privacy request. */
  exportCustomer(botId: string, key: string): Promise<CustomerExport | undefined>;
  /** Deletes a customer's profile, conversations and transcripts; how many conversations went. */
  eraseCustomer(botId: string, key: string): Promise<number>;
  /** Deletes conversations (state and transcript) last active before `before`; how many went. */
  purge(botId: string, before: Date): Promise<number>;
  /** Is the store reachable? For /readyz. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
