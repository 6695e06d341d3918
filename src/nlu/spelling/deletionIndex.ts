/**
 * A SymSpell-style deletion index: every word is filed under each string made by deleting up to
 * `maxDistance` of its letters, so the words within that many edits of a query (see editDistance.ts)
 * are among those filed under the query's own deletions. Strings are kept as 32-bit hashes in two
 * sorted typed arrays (a few bytes an entry instead of a string-keyed map), with where each run of
 * leading hash bits starts, so a probe reads one or two places; a hash collision only adds a
 * candidate that the distance check then drops.
 */
import { editDistance } from './editDistance';

export interface DeletionIndex {
  readonly words: readonly string[];
  readonly maxDistance: number;
  /** Deletion hashes, ascending, and the word id filed under each. */
  readonly hashes: Uint32Array;
  readonly ids: Uint32Array;
  /** Hashes whose top `bucketBits` bits are b sit at [starts[b], starts[b + 1]). */
  readonly bucketBits: number;
  readonly starts: Uint32Array;
}

const PRIME = 0x01000193;
const SEED = Math.imul(0x811c9dc5 ^ 7, PRIME) >>> 0;
const ID_SCALE = 2 ** 20;

/** FNV-1a of `word` without the letters at `skip1` and `skip2` (-1: none). */
function hashWithout(word: string, skip1: number, skip2: number): number {
  let h = SEED;
  for (let i = 0; i < word.length; i++) if (i !== skip1 && i !== skip2) h = Math.imul(h ^ word.charCodeAt(i), PRIME);
  return h >>> 0;
}

/** Calls `visit` with the hash of `word` and of each string made by deleting 1..maxDistance (<= 2) letters. */
function forEachDeletion(word: string, maxDistance: number, visit: (hash: number) => void): void {
  visit(hashWithout(word, -1, -1));
  if (maxDistance < 1) return;
  for (let i = 0; i < word.length; i++) {
    // Deleting either of two equal neighbours gives the same string: file it once.
    if (i > 0 && word[i] === word[i - 1]) continue;
    visit(hashWithout(word, i, -1));
    if (maxDistance < 2) continue;
    for (let j = i + 1; j < word.length; j++) if (j === i + 1 || word[j] !== word[j - 1]) visit(hashWithout(word, i, j));
  }
}

/** Indexes `words` (at most 2^20 of them) for lookups within `maxDistance` (0, 1 or 2) edits. */
export function buildDeletionIndex(words: readonly string[], maxDistance: number): DeletionIndex {
  if (words.length > ID_SCALE) throw new Error(`a deletion index holds at most ${ID_SCALE} words`);
  if (!(maxDistance >= 0 && maxDistance <= 2)) throw new Error('a deletion index reaches 0, 1 or 2 edits');
  let packed = new Float64Array(Math.max(16, words.length * 8));
  let size = 0;
  words.forEach((word, id) =>
    forEachDeletion(word, maxDistance, (hash) => {
      if (size === packed.length) {
        const grown = new Float64Array(size * 2);
        grown.set(packed);
        packed = grown;
      }
      packed[size++] = hash * ID_SCALE + id;
    }),
  );
  const sorted = packed.subarray(0, size).sort();
  const hashes = new Uint32Array(size);
  const ids = new Uint32Array(size);
  let kept = 0;
  for (let k = 0; k < size; k++) {
    if (k > 0 && sorted[k] === sorted[k - 1]) continue;
    hashes[kept] = Math.floor(sorted[k]! / ID_SCALE);
    ids[kept++] = sorted[k]! % ID_SCALE;
  }
  const bucketBits = Math.max(1, Math.min(24, Math.floor(Math.log2(kept + 1))));
  const starts = new Uint32Array((1 << bucketBits) + 1);
  for (let k = 0; k < kept; k++) starts[(hashes[k]! >>> (32 - bucketBits)) + 1]!++;
  for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
  return { words, maxDistance, hashes: hashes.slice(0, kept), ids: ids.slice(0, kept), bucketBits, starts };
}

let seen = new Int32Array(0);
let seenStamp = 0;

/**
 * Calls `visit` once for each indexed word within `maxDistance` (at most the index's) edits of
 * `word`, with its id and distance, in no particular order.
 */
export function forEachCandidate(index: DeletionIndex, word: string, maxDistance: number, visit: (id: number, distance: number) => void): void {
  const reach = Math.min(maxDistance, index.maxDistance);
  const { hashes, ids, words, starts, bucketBits } = index;
  if (seen.length < words.length) seen = new Int32Array(words.length);
  seenStamp = (seenStamp + 1) | 0;
  if (seenStamp === 0) {
    seen.fill(0);
    seenStamp = 1;
  }
  const stamp = seenStamp;
  forEachDeletion(word, reach, (hash) => {
    const bucket = hash >>> (32 - bucketBits);
    for (let k = starts[bucket]!, end = starts[bucket + 1]!; k < end; k++) {
      if (hashes[k] !== hash) continue;
      const id = ids[k]!;
      if (seen[id] === stamp) continue;
      seen[id] = stamp;
      const distance = editDistance(word, words[id]!, reach);
      if (distance <= reach) visit(id, distance);
    }
  });
}

/** Bytes held by the index's arrays (not counting the word list it shares). */
export function deletionIndexBytes(index: DeletionIndex): number {
  return index.hashes.byteLength + index.ids.byteLength + index.starts.byteLength;
}
