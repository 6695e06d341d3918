/** Finds the known words a typed word may be a typo of, without comparing it to every known word. */
import { isFuzzable, maxTypoEdits, typoSimilarity } from './fuzzyThreshold';

export interface FuzzyHit {
  word: string;
  similarity: number;
}

/** Looks up the known words close to a word; cost grows with the word's length, not with the vocabulary. */
export interface FuzzyIndex {
  lookup(word: string): FuzzyHit[];
}

/** `word` and every string made by deleting up to `depth` of its characters. */
function deletions(word: string, depth: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      const chars = [...w];
      for (let i = 0; i < chars.length; i++) {
        const shorter = chars.slice(0, i).join('') + chars.slice(i + 1).join('');
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
  return Object.freeze({
    lookup(word: string): FuzzyHit[] {
      if (!isFuzzable(word) || byDeletion.size === 0) return [];
      const seen = new Set<string>();
      const hits: FuzzyHit[] = [];
      for (const key of deletions(word, maxTypoEdits([...word].length))) {
        for (const known of byDeletion.get(key) ?? []) {
          if (seen.has(known)) continue;
          seen.add(known);
          const similarity = typoSimilarity(word, known);
          if (similarity !== undefined) hits.push({ word: known, similarity });
        }
      }
      return hits.sort((a, b) => b.similarity - a.similarity || (a.word < b.word ? -1 : 1));
    },
  });
}
