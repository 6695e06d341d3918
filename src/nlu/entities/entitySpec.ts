/** The shapes bot authors declare (EntitySpec), what extraction needs to know (EntityContext) and what it finds (EntityMatch). */

/** Names of the entities that ship with Baton. */
export const BUILTIN_ENTITIES = ['email', 'phone', 'number', 'money', 'date', 'time', 'datetime', 'date_range', 'url'] as const;
export type BuiltinEntityName = (typeof BUILTIN_ENTITIES)[number];

/**
 * One entity as declared in YAML.
 * - `regex`: a JavaScript pattern. A named group `value` gives the value; any other named groups become
 *   `parts`. Without a `value` group the value is the whole match (not group 1: unnamed groups are mostly
 *   used for alternation). `flags` replace the default `i`; `g` is always added and `y` is ignored.
 * - `values`: canonical value -> synonyms. The canonical value matches too; synonyms may be several words.
 *   With `fuzzy`, single words with a typo match as well (see fuzzyThreshold.ts).
 * Fields are readonly so the loader's frozen definitions can be passed as they are.
 * - `builtin`: one of BUILTIN_ENTITIES.
 */
export type EntitySpec =
  | { readonly kind: 'regex'; readonly name: string; readonly pattern: string; readonly flags?: string }
  | { readonly kind: 'values'; readonly name: string; readonly values: Readonly<Record<string, readonly string[]>>; readonly fuzzy: boolean }
  | { readonly kind: 'builtin'; readonly name: string; readonly builtin: BuiltinEntityName };

/** What extraction needs to know about the conversation it runs in. */
export interface EntityContext {
  /** IANA time zone of the bot, e.g. 'Europe/London'; dates and times are read and reported in it. */
  timezone: string;
  /** The reference instant for relative dates ("tomorrow", "in 2 hours"). */
  now: Date;
  /** BCP 47 tag, e.g. 'en-GB': picks the date parser (day/month order, language) and the decimal separator. */
  locale?: string;
  /** ISO 3166 region for national phone numbers, e.g. 'GB'; falls back to the locale's region. */
  defaultCountry?: string;
}

/** One entity found in a message. Offsets are UTF-16 indices into the original text: `text.slice(start, end) === raw`. */
export interface EntityMatch {
  entity: string;
  start: number;
  end: number;
  raw: string;
  value: string | number | boolean | Record<string, unknown>;
  /** 1 for an exact match, below 1 for a fuzzy one. */
  score?: number;
  /** Named groups of a regex entity other than `value`, or extra details of a builtin (a phone extension). */
  parts?: Record<string, string>;
  /**
   * A date that repeats ("Friday", "3 December"), which `value` reads as the closest: the reading today or
   * later (`future`) and today or earlier (`past`). A slot's `dates` setting picks one (see dateDirection.ts).
   */
  readings?: { future: EntityMatch['value']; past: EntityMatch['value'] };
}

/** A match before it is given the name of the entity that asked for it. */
export type EntityHit = Omit<EntityMatch, 'entity'>;
