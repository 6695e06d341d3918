/** Finds the known words a typed word may be a typo of, without comparing it to every known word. */
import { isFuzzable, maxTypoEdits, typoSimilarity } from './fuzzyThreshold';

export interface FuzzyHit {
  readonly word: string;
  readonly similarity: number;
}

/**
 * Looks up the known words close to a word; cost grows with the word's length, not with the
 * vocabulary. Answers are frozen: the same word gets the same array.
 */
export interface FuzzyIndex {
  lookup(word: string): readonly FuzzyHit[];
}

/** Words looked up are remembered, per index, up to this many (then forgotten all at once). */
const LOOKUP_CACHE_LIMIT = 10_000;
const SURROGATE = /[\uD800-\uDFFF]/;

/** `word` with its character at `i` deleted, `i` counting UTF-16 units or code points as `chars` says. */
const without = (word: string, chars: readonly string[] | undefined, i: number): string =>
  chars ? chars.slice(0, i).join('') + chars.slice(i + 1).join('') : word.slice(0, i) + word.slice(i + 1);

/** `word` and every string made by deleting up to `depth` of its characters. */
function deletions(word: string, depth: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      // Characters outside the BMP are two code units: split those words by code points.
      const chars = SURROGATE.test(w) ? [...w] : undefined;
      const length = chars ? chars.length : w.length;
      for (let i = 0; i < length; i++) {
        const shorter = without(w, chars, i);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return out;
}

/**
 * A symmetric-deletion index (as in SymSpell): every known word is filed under the strings left after
 * deleting up to its edit budget of characters. Two words within k edits (a swap of neighbours included)
 * share such a string, so a lookup generates the typed word's deletions and checks only the words filed
 * under them, each confirmed with `typoSimilarity`.
 */
const NONE: readonly FuzzyHit[] = Object.freeze([]);

export function buildFuzzyIndex(knownWords: Iterable<string>): FuzzyIndex {
  const byDeletion = new Map<string, string[]>();
  for (const word of new Set(knownWords)) {
    if (!isFuzzable(word)) continue;
    for (const key of deletions(word, maxTypoEdits([...word].length))) {
      const list = byDeletion.get(key);
      if (list) list.push(word);
      else byDeletion.set(key, [word]);
    }
  }
  const find = (word: string): readonly FuzzyHit[] => {
    if (!isFuzzable(word) || byDeletion.size === 0) return NONE;
    const seen = new Set<string>();
    const hits: FuzzyHit[] = [];
    for (const key of deletions(word, maxTypoEdits([...word].length))) {
      for (const known of byDeletion.get(key) ?? []) {
        if (seen.has(known)) continue;
        seen.add(known);
        const similarity = typoSimilarity(word, known);
        if (similarity !== undefined) hits.push(Object.freeze({ word: known, similarity }));
      }
    }
    return Object.freeze(hits.sort((a, b) => b.similarity - a.similarity || (a.word < b.word ? -1 : 1)));
  };
  // Customers' words repeat from message to message: each is looked up once, not once per message.
  const looked = new Map<string, readonly FuzzyHit[]>();
  return Object.freeze({
    lookup(word: string): readonly FuzzyHit[] {
      let hits = looked.get(word);
      if (hits === undefined) {
        hits = find(word);
        if (looked.size >= LOOKUP_CACHE_LIMIT) looked.clear();
        looked.set(word, hits);
      }
      return hits;
    },
  });
}
