// What the runtime's NLU tells the engine about one customer message. The engine never classifies
// by itself: it receives this with the message, so `step` stays pure and fast to test.
import type { EntityMatch } from '../nlu/entities/entitySpec';
import type { UnderstandingReason } from '../nlu/describeOutOfScope';

export interface IntentScore {
  /** An intent or FAQ entry name. */
  readonly name: string;
  /** Calibrated: the confidences of one message sum to 1 over all labels. */
  readonly confidence: number;
}

export interface Understanding {
  /** Best first. */
  readonly intents: readonly IntentScore[];
  /** The classifier judged the message to be about none of the bot's intents. */
  readonly outOfScope: boolean;
  /** Why it is out of scope (see describeOutOfScope.ts), when it is. */
  readonly reason?: UnderstandingReason;
  /** The top intent was decided by one of its regex patterns. */
  readonly byPattern: boolean;
  readonly entities: readonly EntityMatch[];
  /** -1 (angry) to 1 (happy); 0 is neutral. */
  readonly sentiment: number;
  /** The message was longer than the bot reads; only its beginning was understood. */
  readonly truncated: boolean;
}

export const NOTHING_UNDERSTOOD: Understanding = Object.freeze({
  intents: [], outOfScope: true, byPattern: false, entities: [], sentiment: 0, truncated: false,
});
