/**
 * Features of a tokenised message. Word level (stop words and question words kept): stemmed
 * unigrams and bigrams with start/end markers, hashed (FNV-1a) to 32-bit keys, valued
 * weight x log(1 + tf). Character level: the n-grams of each content word (see charGrams.ts), each
 * occurrence valued charWeight x log 2. The whole vector is scaled to unit L2 norm, counting the
 * character n-grams of different words as separate entries.
 */
import { charGramCount } from './charGrams';
import type { FeatureOptions } from './featureOptions';
import type { Language } from '../language/language';
import { ENGLISH } from '../language/languages';
import { isStopWord } from './stopWords';

export interface MessageFeatures {
  /** The normalised words of the message. */
  readonly words: readonly string[];
  /** The words whose character n-grams belong to the message. */
  readonly charWords: readonly string[];
  /** Distinct word-level feature keys and their scaled values. */
  readonly keys: Uint32Array;
  readonly values: Float32Array;
  /** The scaled value of every character n-gram occurrence. */
  readonly charValue: number;
  /** The word-vector row of each of `words` (-1: none), when known (see wordInfo.ts). */
  readonly rows?: Int32Array;
}

// FNV-1a 32-bit, written out here because this is the hot loop; each kind of feature has its own seed.
const PRIME = 0x01000193;
const UNIGRAM_SEED = Math.imul(0x811c9dc5 ^ 1, PRIME) >>> 0;
const BIGRAM_SEED = Math.imul(0x811c9dc5 ^ 2, PRIME) >>> 0;
const START = 2;
const END = 3;
const SEPARATOR = 0x20;

// Scratch open-addressing table merging repeated keys; emptied in O(1) by bumping `stamp`.
const BITS = 10;
const SIZE = 1 << BITS;
const CAPACITY = SIZE >> 1;
const slotStamp = new Int32Array(SIZE);
const slotKey = new Uint32Array(SIZE);
const slotIndex = new Int32Array(SIZE);
const keys = new Uint32Array(CAPACITY);
const weights = new Float64Array(CAPACITY);
const counts = new Float64Array(CAPACITY);
let stamp = 0;
let count = 0;

function hashWord(seed: number, word: string): number {
  let h = seed;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), PRIME);
  return h >>> 0;
}

function add(key: number, weight: number): void {
  let slot = Math.imul(key, 0x9e3779b1) >>> (32 - BITS);
  for (;;) {
    if (slotStamp[slot] !== stamp) {
      if (count >= CAPACITY) return;
      slotStamp[slot] = stamp;
      slotKey[slot] = key;
      slotIndex[slot] = count;
      keys[count] = key;
      weights[count] = weight;
      counts[count] = 1;
      count++;
      return;
    }
    if (slotKey[slot] === key) {
      counts[slotIndex[slot]!]! += 1;
      return;
    }
    slot = (slot + 1) & (SIZE - 1);
  }
}

/** The key of the unigram feature of a stem. */
export function unigramKey(stem: string): number {
  return hashWord(UNIGRAM_SEED, stem);
}

const sharedValues = new Float32Array(CAPACITY);

/**
 * Features of `words` (normalised tokens) given their `stems` (same length). With `shared`, keys and
 * values are views of buffers reused by the next call (for the classification hot path).
 */
export function extractFeatures(
  words: readonly string[],
  stems: readonly string[],
  options: FeatureOptions,
  shared = false,
  language: Language = ENGLISH,
): MessageFeatures {
  stamp = (stamp + 1) | 0;
  if (stamp === 0) {
    slotStamp.fill(0);
    stamp = 1;
  }
  count = 0;
  const { unigramWeight, bigramWeight, charWeight } = options;
  let previous = Math.imul(BIGRAM_SEED ^ START, PRIME);
  let charGrams = 0;
  const charWords = charWeight > 0 ? (options.stopWordCharGrams ? words : words.filter((w) => !isStopWord(w, language))) : [];
  for (const word of charWords) charGrams += charGramCount(word.length, options);
  for (let t = 0; t < stems.length; t++) {
    const s = stems[t]!;
    if (unigramWeight > 0) add(hashWord(UNIGRAM_SEED, s), unigramWeight);
    if (bigramWeight > 0) add(hashWord(Math.imul(previous ^ SEPARATOR, PRIME), s), bigramWeight);
    previous = hashWord(BIGRAM_SEED, s);
  }
  if (stems.length > 0 && bigramWeight > 0) add(Math.imul(Math.imul(previous ^ SEPARATOR, PRIME) ^ END, PRIME) >>> 0, bigramWeight);
  const charValue = charWeight * Math.LN2;
  let norm2 = charGrams * charValue * charValue;
  for (let i = 0; i < count; i++) {
    const v = weights[i]! * Math.log1p(counts[i]!);
    weights[i] = v;
    norm2 += v * v;
  }
  const scale = norm2 > 0 ? 1 / Math.sqrt(norm2) : 0;
  const values = shared ? sharedValues.subarray(0, count) : new Float32Array(count);
  for (let i = 0; i < count; i++) values[i] = weights[i]! * scale;
  const messageKeys = shared ? keys.subarray(0, count) : keys.slice(0, count);
  return { words, charWords, keys: messageKeys, values, charValue: charValue * scale };
}
