/** Softmax with a temperature, in place over a typed array. */

/** Replaces `scores[0..n)` by softmax(scores / temperature) and returns the index of the largest. */
export function softmaxInPlace(scores: Float64Array, n: number, temperature = 1): number {
  let best = 0;
  for (let c = 1; c < n; c++) if (scores[c]! > scores[best]!) best = c;
  const top = scores[best]!;
  let sum = 0;
  for (let c = 0; c < n; c++) {
    const e = Math.exp((scores[c]! - top) / temperature);
    scores[c] = e;
    sum += e;
  }
  for (let c = 0; c < n; c++) scores[c]! /= sum;
  return best;
}
