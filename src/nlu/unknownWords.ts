/**
 * The words of a message the bot has never seen: content words (not stop words, not numbers) whose
 * stem appears in none of the training examples. The share of them is the out-of-scope evidence an
 * author can check by reading the message: "weather" and "paris" mean nothing to a shop bot.
 */
import { lookupFeature, type FeatureTable } from './featureTable';
import { unigramKey } from './features';
import type { Postings } from './postings';
import type { Language } from '../language/language';
import { ENGLISH } from '../language/languages';
import { stem } from './stem';
import { isStopWord } from './stopWords';

export interface UnknownWords {
  /** The counted words the bot never saw, in message order. */
  readonly words: readonly string[];
  /** Their share of the counted words (0 when no word is counted). */
  readonly share: number;
  /**
   * The share the out-of-scope rule compares with its limit: `share` when at least
   * MIN_UNKNOWN_WORDS words are unknown, else 0. One unknown word ("see you soon" to a bot that never
   * saw "soon") is too little to turn a message down; the confidence rule still applies.
   */
  readonly ruleShare: number;
}

export const MIN_UNKNOWN_WORDS = 2;

const HAS_DIGIT = /\d/;

/**
 * The unknown words of `words` (normalised) and their share of its content words (all words when none
 * is one). A word is known when its stem's feature has weights in `postings` (the model's word part);
 * `vocabulary`, the words the same model trained on, answers for most words without stemming.
 */
export function unknownWords(wordTable: FeatureTable, postings: Postings, words: readonly string[], vocabulary?: ReadonlyMap<string, number>, language: Language = ENGLISH): UnknownWords {
  const known = (w: string): boolean => {
    if (vocabulary?.has(w)) return true;
    const f = lookupFeature(wordTable, unigramKey(stem(w, language)));
    return f >= 0 && postings.offsets[f + 1]! > postings.offsets[f]!;
  };
  // One pass over the content words (the common case: no allocation unless a word is unknown).
  let counted = 0;
  let unknown: string[] | undefined;
  for (const w of words) {
    if (isStopWord(w, language) || HAS_DIGIT.test(w)) continue;
    counted++;
    if (!known(w)) (unknown ??= []).push(w);
  }
  if (counted === 0) {
    // No content word: count the stop words themselves.
    for (const w of words) {
      if (HAS_DIGIT.test(w)) continue;
      counted++;
      if (!known(w)) (unknown ??= []).push(w);
    }
  }
  if (!unknown) return NONE;
  const share = unknown.length / counted;
  return { words: unknown, share, ruleShare: unknown.length >= MIN_UNKNOWN_WORDS ? share : 0 };
}

const NONE: UnknownWords = Object.freeze({ words: [], share: 0, ruleShare: 0 });
