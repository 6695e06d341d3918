/** Folds character n-gram postings into one dense row per vocabulary word (words x intents). */
import type { Postings } from './postings';
import { addCharGrams } from './scoringModel';

/** Each word's n-gram weights summed (rows) and its number of known n-grams (rowMass). */
export function foldWordRows(
  char: Postings,
  vocabularyCharIds: readonly Int32Array[],
  classes: number,
): { rows: Float32Array; rowMass: Float32Array } {
  const rows = new Float32Array(vocabularyCharIds.length * classes);
  const rowMass = new Float32Array(vocabularyCharIds.length);
  const row = new Float64Array(classes);
  vocabularyCharIds.forEach((ids, w) => {
    row.fill(0);
    rowMass[w] = addCharGrams(char, ids, 1, row);
    rows.set(row, w * classes);
  });
  return { rows, rowMass };
}
