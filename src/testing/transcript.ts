// The format of conversation tests: YAML transcripts of customer turns and what the bot must do.
// The types come from transcript.schema.json (`npm run gen:types`), so the runner, the schema that
// checks each file and the editors that complete it agree on every key.
import type { BatonConversationTranscript, TurnSpec as GeneratedTurnSpec } from './transcript.generated';

export type { ConversationSpec, HandBack, HandoffExpectation, ReplyExpectation, WebhookAnswer } from './transcript.generated';

/** A whole transcript file: `bot`, `at`, `webhooks` and `conversations`. */
export type TranscriptFile = BatonConversationTranscript;

/**
 * One turn: a customer input and the checks of what the bot did. The schema's "at least one
 * input" rule comes out of the generator as an open map; only the keys the schema names are kept.
 */
export type TurnSpec = KnownKeys<GeneratedTurnSpec>;

type KnownKeys<T> = { [K in keyof T as string extends K ? never : K]: T[K] };

/** The clock at the first turn when a transcript sets no `at`: Tuesday 2026-11-24 10:00 UTC. */
export const DEFAULT_TEST_TIME = '2026-11-24T10:00:00Z';
