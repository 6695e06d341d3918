// The format of conversation tests: YAML transcripts of customer turns and what the bot must do.
import type { SlotValue } from '../engine/slotValue';

export type ReplyExpectation = string | { readonly contains: string } | { readonly pattern: string };

export interface TurnSpec {
  /** What the customer types. */
  readonly user?: string;
  /** Press the quick reply (or card button) with this title among the bot's last replies. */
  readonly click?: string;
  /** Send a raw button payload. */
  readonly payload?: string;
  /** An agent hands the conversation back: `{ flow?, state?, slots? }`. */
  readonly handBack?: { readonly flow?: string; readonly state?: string; readonly slots?: Record<string, SlotValue> };
  /** When this turn happens (ISO 8601); later turns keep it. */
  readonly at?: string;
  /** The replies of this turn, in order: exact text, `{contains}` or `{pattern}`. */
  readonly bot?: ReplyExpectation | readonly ReplyExpectation[];
  /** The understood intent of the customer's message. */
  readonly intent?: string;
  /** Slot values the conversation holds after the turn (a subset). */
  readonly slots?: Readonly<Record<string, SlotValue | null>>;
  /** `flow.state` the conversation waits in after the turn, or `none`. */
  readonly state?: string;
  /** Quick reply titles offered by the turn's last reply. */
  readonly quick?: readonly string[];
  /** Fields of the handoff packet this turn must produce (a subset), or false for none. */
  readonly handoff?: Readonly<Record<string, unknown>> | false;
}

export interface ConversationSpec {
  readonly name: string;
  /** Start the conversation with the bot's greeting first. Default false. */
  readonly greet?: boolean;
  readonly turns: readonly TurnSpec[];
}

export interface TranscriptFile {
  /** The bot manifest, relative to the transcript. Default: bots/ of the working directory's only manifest. */
  readonly bot?: string;
  /** The clock at the first turn. Default: Tuesday 2026-11-24 10:00 UTC. */
  readonly at?: string;
  /** Answers of the bot's webhooks, served on a local port during the test: outcome and slots, or an HTTP status, or a delay. */
  readonly webhooks?: Readonly<Record<string, { readonly outcome?: string; readonly slots?: Record<string, SlotValue>; readonly status?: number; readonly delayMs?: number }>>;
  readonly conversations: readonly ConversationSpec[];
}

export const DEFAULT_TEST_TIME = '2026-11-24T10:00:00Z';
