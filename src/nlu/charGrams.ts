/**
 * Character n-grams of one word, with word boundary markers, hashed (FNV-1a) to 32-bit keys.
 * Every occurrence is a separate entry (no merging), so a word's n-grams depend on the word alone.
 */
import type { FeatureOptions } from './featureOptions';

// FNV-1a 32-bit, seeded apart from the word-level features.
const PRIME = 0x01000193;
const SEED = Math.imul(0x811c9dc5 ^ 3, PRIME) >>> 0;
const START = 2;
const END = 3;
const LONGEST = 254;
const codes = new Int32Array(LONGEST + 2);

/** Number of n-grams of a word of `length` characters (before the `maxWordChars` cap). */
export function charGramCount(length: number, options: FeatureOptions): number {
  const marked = Math.min(length, options.maxWordChars, LONGEST) + 2;
  let n = 0;
  for (let size = options.charMin; size <= options.charMax; size++) n += Math.max(0, marked - size + 1);
  return n;
}

/** Hashed character n-grams (sizes charMin..charMax) of `<word>`, capped at `maxWordChars` characters. */
export function charGramKeys(word: string, options: FeatureOptions): Uint32Array {
  const length = Math.min(word.length, options.maxWordChars, LONGEST) + 2;
  const { charMin, charMax } = options;
  codes[0] = START;
  for (let j = 1; j < length - 1; j++) codes[j] = word.charCodeAt(j - 1);
  codes[length - 1] = END;
  const keys = new Uint32Array(charGramCount(length - 2, options));
  let n = 0;
  for (let i = 0; i < length; i++) {
    let h = SEED;
    const last = Math.min(length, i + charMax);
    for (let j = i; j < last; j++) {
      h = Math.imul(h ^ codes[j]!, PRIME) >>> 0;
      if (j - i + 1 >= charMin) keys[n++] = h;
    }
  }
  return keys;
}
