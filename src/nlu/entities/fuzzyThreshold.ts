/** When a word counts as a typo of a known word: an edit budget that grows with length, plus guards against real words. */
import { DamerauLevenshteinDistance, JaroWinklerDistance } from 'natural/lib/natural/distance';
import { isFalseFriend } from './isFalseFriend';

/** Words of at most this many letters only match exactly ("sure" is never "sue"). */
export const EXACT_ONLY_MAX_LENGTH = 3;
/** Jaro-Winkler similarity a typo must reach: rejects substitutions early in short words ("care"/"case"). */
export const MIN_JARO_WINKLER = 0.93;
/** Longer words are never compared (they cost more and are not words people type). */
export const MAX_FUZZY_LENGTH = 32;

/** How many edits (insert, delete, substitute, swap neighbours) a word of `length` letters may carry. */
export function maxTypoEdits(length: number): number {
  if (length <= EXACT_ONLY_MAX_LENGTH) return 0;
  if (length <= 8) return 1;
  return 2;
}

/** Whether `word` may be fuzzy-matched at all: letters only (no digits, no emoji), 4 to 32 of them. */
export function isFuzzable(word: string): boolean {
  const length = [...word].length;
  return length > EXACT_ONLY_MAX_LENGTH && length <= MAX_FUZZY_LENGTH && /^\p{L}+$/u.test(word);
}

/**
 * The Jaro-Winkler similarity (below 1) when `word` is spelled close enough to `known` to be a typo of
 * it, else undefined. Both are normalised words. Rules, all required:
 * 1. both fuzzable and different;
 * 2. same first letter: people rarely mistype it, and it keeps "order" from becoming "border";
 * 3. Damerau-Levenshtein distance within the budget of the shorter word (`maxTypoEdits`):
 *    "chargr" -> "charger" (1 of 1), "headphnoes" -> "headphones" (1 of 2), never "cancel" -> "parcel" (2 of 1);
 * 4. Jaro-Winkler similarity at least MIN_JARO_WINKLER.
 */
export function spellingSimilarity(word: string, known: string): number | undefined {
  if (word === known || !isFuzzable(word) || !isFuzzable(known)) return undefined;
  if (word.codePointAt(0) !== known.codePointAt(0)) return undefined;
  const wordLength = [...word].length;
  const knownLength = [...known].length;
  const budget = maxTypoEdits(Math.min(wordLength, knownLength));
  if (Math.abs(wordLength - knownLength) > budget) return undefined;
  if (DamerauLevenshteinDistance(word, known) > budget) return undefined;
  const similarity = JaroWinklerDistance(word, known);
  return similarity >= MIN_JARO_WINKLER && similarity < 1 ? similarity : undefined;
}

/**
 * The similarity when `word` reads as a typo of `known`, else undefined: spelled close to it
 * (`spellingSimilarity`) and not a real word of its own (`isFalseFriend`: "charged" is not "charger",
 * "table" is not "tablet"; "chargers" and "chargr" still are "charger").
 */
export function typoSimilarity(word: string, known: string): number | undefined {
  const similarity = spellingSimilarity(word, known);
  return similarity !== undefined && !isFalseFriend(word, known) ? similarity : undefined;
}
