/**
 * The word vectors Baton ships (`en.vectors`, built by buildWordVectors.ts from GloVe): loaded once,
 * on first use, and shared by every bot in the process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeWordVectors, type WordVectorData } from './wordVectorFile';

export interface WordVectors extends WordVectorData {
  /** Word -> row; rows come most frequent word first. */
  readonly index: ReadonlyMap<string, number>;
}

const FILE = join(__dirname, 'en.vectors');
let loaded: WordVectors | undefined;

/** The shipped English word vectors. */
export function wordVectors(): WordVectors {
  if (!loaded) {
    const data = decodeWordVectors(readFileSync(FILE));
    loaded = { ...data, index: new Map(data.words.map((w, i) => [w, i])) };
  }
  return loaded;
}

/** Whether `word` (normalised: lower case, letters only) is a word of the general vocabulary. */
export function isKnownWord(word: string): boolean {
  return wordVectors().index.has(word);
}
