/**
 * A message as one point in word-vector space: the mean of its words' vectors, each weighted by its
 * inverse document frequency in the training examples (a word the examples never used gets the
 * largest weight), scaled to unit length. Words outside the shipped vocabulary are skipped.
 */
import type { WordVectors } from './wordVectors';

export interface VectorIdf {
  /** Inverse document frequency of the training words. */
  readonly idf: ReadonlyMap<string, number>;
  /** Weight of a word no training example used. */
  readonly unseenIdf: number;
}

/** IDF of every word of `messages` (each a list of normalised words). */
export function documentFrequencyIdf(messages: readonly (readonly string[])[]): VectorIdf {
  const df = new Map<string, number>();
  for (const words of messages) for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = messages.length;
  const idf = new Map<string, number>();
  for (const [w, count] of df) idf.set(w, Math.fround(Math.log((n + 1) / (count + 1))));
  return { idf, unseenIdf: Math.log(n + 1) };
}

/**
 * Writes the unit-length sentence vector of `words` into `out` (length = the vectors' dimensions);
 * returns false, leaving `out` zero, when no word has a vector or all weights are zero.
 */
export function sentenceVector(vectors: WordVectors, weights: VectorIdf, words: readonly string[], out: Float32Array): boolean {
  const { index, values, scales, dimensions } = vectors;
  out.fill(0);
  for (const word of words) {
    const row = index.get(word);
    if (row === undefined) continue;
    const weight = (weights.idf.get(word) ?? weights.unseenIdf) * scales[row]!;
    if (weight === 0) continue;
    const base = row * dimensions;
    for (let d = 0; d < dimensions; d++) out[d]! += weight * values[base + d]!;
  }
  let norm = 0;
  for (let d = 0; d < dimensions; d++) norm += out[d]! * out[d]!;
  if (norm === 0) return false;
  const scale = 1 / Math.sqrt(norm);
  for (let d = 0; d < dimensions; d++) out[d]! *= scale;
  return true;
}
