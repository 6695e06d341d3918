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
 * The weight of every row of `vectors` for a bot: its word's IDF (or the unseen weight) times the
 * row's quantisation scale, so that a message word costs one lookup. Built once per model.
 */
export function rowWeights(vectors: WordVectors, weights: VectorIdf): Float32Array {
  const { scales, index } = vectors;
  const table = new Float32Array(scales.length);
  for (let row = 0; row < table.length; row++) table[row] = weights.unseenIdf * scales[row]!;
  for (const [word, idf] of weights.idf) {
    const row = index.get(word);
    if (row !== undefined) table[row] = idf * scales[row]!;
  }
  return table;
}

let sum = new Float64Array(128);

/**
 * Writes the unit-length sentence vector of a message's words, given as their `rows` in `vectors`
 * (-1: none; see wordInfo.ts), into `out` (length = the vectors' dimensions), each weighted by
 * `weightOfRow` (see rowWeights); returns false, leaving `out` zero, when no word has a vector or all
 * weights are zero.
 */
export function sentenceVector(vectors: WordVectors, weightOfRow: Float32Array, rows: ArrayLike<number>, out: Float32Array): boolean {
  const { values, dimensions } = vectors;
  if (sum.length < dimensions) sum = new Float64Array(dimensions);
  const acc = sum;
  acc.fill(0, 0, dimensions);
  let any = false;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row < 0) continue;
    const weight = weightOfRow[row]!;
    if (weight === 0) continue;
    any = true;
    const base = row * dimensions;
    for (let d = 0; d < dimensions; d++) acc[d]! += weight * values[base + d]!;
  }
  out.fill(0);
  if (!any) return false;
  let norm = 0;
  for (let d = 0; d < dimensions; d++) norm += acc[d]! * acc[d]!;
  if (norm === 0) return false;
  const scale = 1 / Math.sqrt(norm);
  for (let d = 0; d < dimensions; d++) out[d] = acc[d]! * scale;
  return true;
}
