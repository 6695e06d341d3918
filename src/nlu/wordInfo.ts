/**
 * What the classifier needs to know about one normalised word, looked up once: its stem and its row
 * in the shipped word vectors. Memoised in a bounded cache per language, so that a message costs one
 * map lookup per word for both (customers' words repeat).
 */
import type { Language } from '../language/language';
import { ENGLISH } from '../language/languages';
import { wordVectors } from './vectors/wordVectors';

export interface WordInfo {
  readonly stem: string;
  /** Row in the word vectors, or -1 for a word they do not have (every word of a language they do not describe). */
  readonly row: number;
}

const CACHE_LIMIT = 50_000;
const caches = new Map<Language, Map<string, WordInfo>>();

export function wordInfo(word: string, language: Language = ENGLISH): WordInfo {
  let cache = caches.get(language);
  if (cache === undefined) caches.set(language, (cache = new Map()));
  let info = cache.get(word);
  if (info === undefined) {
    info = { stem: language.stem(word), row: language.englishWords ? (wordVectors().index.get(word) ?? -1) : -1 };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, info);
  }
  return info;
}

/** The vector rows of `words` (see wordInfo). */
export function vectorRows(words: readonly string[], language: Language = ENGLISH): Int32Array {
  return Int32Array.from(words, (w) => wordInfo(w, language).row);
}
