// What Baton needs to know of a language to understand and answer customers in it (see languages.ts).
import type { Chrono } from 'chrono-node';

export interface SentimentVocabulary {
  /** The language's name in natural's SentimentAnalyzer ("Spanish"). */
  readonly name: string;
  /** natural's vocabulary for it: AFINN scores words -5..5, pattern and senticon -1..1. */
  readonly type: 'afinn' | 'pattern' | 'senticon';
}

export interface Language {
  /** ISO 639-1 code: the first part of a manifest's `locale` ("es" of "es-ES"). */
  readonly code: string;
  /** The language's English name, for messages to authors. */
  readonly name: string;
  /** Rewrites contractions and elisions of lower-case text with plain apostrophes ("l'adresse" -> "le adresse"). */
  readonly expand: (text: string) => string;
  /** The stem of a normalised (lower-case, accent-free) word; other tokens come back as they are. */
  readonly stem: (word: string) => string;
  /** Whether a normalised word is a stop word: says little about what a message is about. */
  readonly isStopWord: (word: string) => boolean;
  /** Normalised stop words that do say what a message wants: question words, refusals, "all" ("that's all"). */
  readonly meaningful: ReadonlySet<string>;
  /** Normalised words that answer a yes-or-no question on their own ("yes", "nope"): they fill only the slot asked for. */
  readonly yesNoWords: ReadonlySet<string>;
  /** natural's sentiment vocabulary for the language, when it has one. */
  readonly sentiment?: SentimentVocabulary;
  /** chrono-node's parser for dates and times written in the language (English picks day/month order by region: builtinDateTime.ts). */
  readonly dates: () => Chrono;
  /** Words that fix which week a weekday is in ("next Friday", "el próximo viernes", "letzten Freitag"), lower case: such a date does not repeat. */
  readonly weekFixed: readonly string[];
  /** Words of the built-in phrases made from values: waits ("about 5 minutes") and opening times ("Monday at 9:00"). */
  readonly phrases: {
    /** Before an estimated wait: "about". */
    readonly about: string;
    readonly lessThanAMinute: string;
    /** Before a time of day: "at", "a las", "um". */
    readonly at: string;
    /** What a failed action or webhook without a `title` is called in `actionFailed`: "our systems". */
    readonly ourSystems: string;
    /** The yes and no buttons of a yes-or-no question when the bot's own yes and no intents have no title. */
    readonly yes: string;
    readonly no: string;
    /** Who joined or left when the agent's name is unknown: "{{agent}}" of `agentJoined`. */
    readonly theAgent: string;
  };
  /** How customers give a 1-to-5 rating in words: the numbers one to five, and "out of" ("4 out of 5"). */
  readonly rating: { readonly numbers: readonly [string, string, string, string, string]; readonly outOf: string };
  /**
   * How customers say they are correcting something they said, written lower case (accents and
   * apostrophes optional when matched; "…" stands for a few words between).
   */
  readonly corrections: {
    /** Words that start a correction when a comma or stop follows them and more comes after: "no, Thursday", "sorry, #12346". */
    readonly openers: readonly string[];
    /** Phrases that start a correction at the beginning of a message: "no it's", "sorry I meant". */
    readonly leading: readonly string[];
    /** Phrases that mark a correction anywhere in a message: "actually", "I meant", "not … but". */
    readonly anywhere: readonly string[];
  };
  /** Whether the shipped word vectors and general vocabulary (English) describe its words. */
  readonly englishWords: boolean;
}
