/** The bases a word may be an inflection of, each with the kind of ending that made the word from it. */

/**
 * Kinds of ending. A plural is the same word as its singular ('base'), so "chargers" and "charger" are
 * one word; a past ("charged"), a gerund ("charging"), an agent or comparative ("charger") and an
 * adverb ("lightly") are other words.
 */
export type InflectionKind = 'base' | 'past' | 'gerund' | 'agent' | 'adverb';

export interface InflectionBase {
  readonly base: string;
  readonly kind: InflectionKind;
}

/** Endings, with what replaces them on the base ("ies" -> "y"). */
const ENDINGS: readonly (readonly [ending: string, kind: InflectionKind, restore: string])[] = [
  ['ies', 'base', 'y'], ['es', 'base', ''], ['s', 'base', ''],
  ['ied', 'past', 'y'], ['ed', 'past', ''], ['d', 'past', ''],
  ['ing', 'gerund', ''], ['ing', 'gerund', 'e'],
  ['iers', 'agent', 'y'], ['ers', 'agent', ''], ['rs', 'agent', ''],
  ['ier', 'agent', 'y'], ['er', 'agent', ''], ['r', 'agent', ''],
  ['ily', 'adverb', 'y'], ['ly', 'adverb', ''],
];
/** Bases shorter than this are not bases ("s" + "ed" is not "sed"). */
const MIN_BASE = 2;
const DOUBLED = /([b-df-hj-np-tv-z])\1$/;

/**
 * `word` itself (kind 'base') and every base an ending may have been added to: "shipped" -> ship,
 * shipp (past); "routes" -> route, rout (base). Over-generates on purpose: callers compare two
 * words' bases, and a base that is no word matches nothing.
 */
export function inflectionBases(word: string): InflectionBase[] {
  const out: InflectionBase[] = [{ base: word, kind: 'base' }];
  for (const [ending, kind, restore] of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < MIN_BASE) continue;
    const base = word.slice(0, word.length - ending.length) + restore;
    out.push({ base, kind });
    // A doubled final consonant belongs to the ending ("shipped", "shipper" -> ship).
    if (restore === '' && DOUBLED.test(base)) out.push({ base: base.slice(0, -1), kind });
  }
  return out;
}
