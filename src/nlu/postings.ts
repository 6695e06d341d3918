/** Sparse feature-by-intent tables stored as postings (CSR by feature), and how to count them. */

/** Feature f's entries are offsets[f] .. offsets[f + 1] - 1, intents ascending within a feature. */
export interface Postings {
  readonly offsets: Int32Array;
  readonly intents: Uint16Array;
  readonly weights: Float32Array;
}

/** Summed feature values per (feature, intent), as postings. */
export interface Counts {
  readonly offsets: Int32Array;
  readonly intents: Uint16Array;
  readonly counts: Float64Array;
}

/** Calls `emit(feature, value)` for every feature occurrence of the examples of intent `c`. */
export type VisitIntent = (c: number, emit: (f: number, value: number) => void) => void;

/** Builds the counts of `features` features over `classes` intents from `visit` (called twice per intent). */
export function countPostings(features: number, classes: number, visit: VisitIntent): Counts {
  const last = new Int32Array(features).fill(-1);
  const offsets = new Int32Array(features + 1);
  for (let c = 0; c < classes; c++) {
    visit(c, (f) => {
      if (last[f] !== c) {
        last[f] = c;
        offsets[f + 1]!++;
      }
    });
  }
  for (let f = 0; f < features; f++) offsets[f + 1]! += offsets[f]!;
  const intents = new Uint16Array(offsets[features]!);
  const counts = new Float64Array(intents.length);
  const position = offsets.slice(0, features);
  for (let c = 0; c < classes; c++) {
    visit(c, (f, value) => {
      if (last[f] !== -2 - c) {
        last[f] = -2 - c;
        intents[position[f]!++] = c;
      }
      counts[position[f]! - 1]! += value;
    });
  }
  return { offsets, intents, counts };
}

/** Position of intent `c` in the ascending `intents[start..end)` (one feature's entries), or -1. */
export function findIntent(intents: Uint16Array, start: number, end: number, c: number): number {
  let [low, high] = [start, end - 1];
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = intents[mid]!;
    if (at === c) return mid;
    if (at < c) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
