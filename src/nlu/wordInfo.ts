/**
 * What the classifier needs to know about one normalised word, looked up once: its stem and its row
 * in the shipped word vectors. Memoised in a bounded cache, so that a message costs one map lookup
 * per word for both (customers' words repeat).
 */
import { porterStem } from './porterStem';
import { wordVectors } from './vectors/wordVectors';

export interface WordInfo {
  readonly stem: string;
  /** Row in the word vectors, or -1 for a word they do not have. */
  readonly row: number;
}

const CACHE_LIMIT = 50_000;
const cache = new Map<string, WordInfo>();

export function wordInfo(word: string): WordInfo {
  let info = cache.get(word);
  if (info === undefined) {
    info = { stem: porterStem(word), row: wordVectors().index.get(word) ?? -1 };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, info);
  }
  return info;
}

/** The vector rows of `words` (see wordInfo). */
export function vectorRows(words: readonly string[]): Int32Array {
  return Int32Array.from(words, (w) => wordInfo(w).row);
}
