/** Damerau-Levenshtein distance (optimal string alignment: adjacent swaps count one edit), bounded. */

let rows = new Int32Array(3 * 32);

/**
 * Edits (insert, delete, change a letter, swap two neighbours) that turn `a` into `b`, or `max + 1`
 * as soon as it is sure to be more than `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > max) return max + 1;
  const width = n + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width);
  // Three rows in one buffer, used in turn: i - 2, i - 1 and i.
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j <= n; j++) rows[previous + j] = j;
  for (let i = 1; i <= m; i++) {
    rows[current] = i;
    let rowBest = i;
    const ai = a.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = rows[previous + j - 1]! + (ai === bj ? 0 : 1);
      const del = rows[previous + j]! + 1;
      const ins = rows[current + j - 1]! + 1;
      if (del < d) d = del;
      if (ins < d) d = ins;
      if (j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj && ai !== bj) {
        const swap = rows[before + j - 2]! + 1;
        if (swap < d) d = swap;
      }
      rows[current + j] = d;
      if (d < rowBest) rowBest = d;
    }
    if (rowBest > max) return max + 1;
    const oldest = before;
    before = previous;
    previous = current;
    current = oldest;
  }
  return Math.min(rows[previous + n]!, max + 1);
}
