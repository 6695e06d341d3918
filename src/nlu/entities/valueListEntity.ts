/** Value-list entities: canonical values and their synonyms, matched word by word, with optional typo tolerance. */
import type { EntityHit } from './entitySpec';
import { buildFuzzyIndex, type FuzzyIndex } from './fuzzyIndex';
import { typoSimilarity } from './fuzzyThreshold';
import { joinsPhrase, phraseWords, type TextToken } from './textTokens';

interface Phrase {
  words: readonly string[];
  value: string;
}

export interface CompiledValueListEntity {
  readonly kind: 'values';
  readonly name: string;
  readonly fuzzy: boolean;
  /** Phrases by their first normalised word, longest first. */
  readonly byFirstWord: ReadonlyMap<string, readonly Phrase[]>;
  /** Every word of every phrase. */
  readonly vocabulary: ReadonlySet<string>;
  readonly fuzzyIndex: FuzzyIndex | undefined;
}

/**
 * Builds the word index of entity `name`. The canonical value is a synonym of itself.
 * Throws when a value or synonym has no letters, digits or emoji, or when one phrase names two values.
 */
export function compileValueListEntity(
  name: string,
  values: Readonly<Record<string, readonly string[]>>,
  fuzzy: boolean,
): CompiledValueListEntity {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    throw new Error(`Entity "${name}": values must map each canonical value to a list of synonyms.`);
  }
  const byKey = new Map<string, Phrase>();
  for (const [value, synonyms] of Object.entries(values)) {
    if (!Array.isArray(synonyms)) throw new Error(`Entity "${name}": the synonyms of "${value}" must be a list of strings.`);
    for (const synonym of [value, ...synonyms]) {
      if (typeof synonym !== 'string') throw new Error(`Entity "${name}": a synonym of "${value}" is not a string.`);
      const words = phraseWords(synonym);
      if (words.length === 0) {
        throw new Error(`Entity "${name}": "${synonym}" (for "${value}") has no letters, digits or emoji to match.`);
      }
      const key = words.join(' ');
      const earlier = byKey.get(key);
      if (earlier && earlier.value !== value) {
        throw new Error(`Entity "${name}": "${synonym}" stands for both "${earlier.value}" and "${value}".`);
      }
      byKey.set(key, { words, value });
    }
  }
  const byFirstWord = new Map<string, Phrase[]>();
  const vocabulary = new Set<string>();
  for (const phrase of byKey.values()) {
    const first = phrase.words[0] as string;
    const list = byFirstWord.get(first);
    if (list) list.push(phrase);
    else byFirstWord.set(first, [phrase]);
    for (const word of phrase.words) vocabulary.add(word);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return Object.freeze({
    kind: 'values',
    name,
    fuzzy,
    byFirstWord,
    vocabulary,
    fuzzyIndex: fuzzy ? buildFuzzyIndex(vocabulary) : undefined,
  });
}

/** Similarity of a message word to a phrase word: 1 when equal, the typo similarity when fuzzy, else undefined. */
function wordScore(entity: CompiledValueListEntity, typed: string, known: string): number | undefined {
  if (typed === known) return 1;
  if (!entity.fuzzy || entity.vocabulary.has(typed)) return undefined;
  return typoSimilarity(typed, known);
}

/** The phrase starting at token `i` that covers the most words (then scores best), if any. */
function bestPhraseAt(
  entity: CompiledValueListEntity,
  text: string,
  tokens: readonly TextToken[],
  i: number,
): EntityHit | undefined {
  const first = tokens[i] as TextToken;
  const starts: { word: string; score: number }[] = [{ word: first.norm, score: 1 }];
  if (entity.fuzzyIndex && !entity.vocabulary.has(first.norm)) {
    for (const hit of entity.fuzzyIndex.lookup(first.norm)) starts.push({ word: hit.word, score: hit.similarity });
  }
  let best: { hit: EntityHit; words: number } | undefined;
  for (const start of starts) {
    for (const phrase of entity.byFirstWord.get(start.word) ?? []) {
      if (best && phrase.words.length < best.words) break;
      let total = start.score;
      let k = 1;
      for (; k < phrase.words.length; k++) {
        const token = tokens[i + k];
        const previous = tokens[i + k - 1] as TextToken;
        if (!token || !joinsPhrase(text.slice(previous.end, token.start))) break;
        const score = wordScore(entity, token.norm, phrase.words[k] as string);
        if (score === undefined) break;
        total += score;
      }
      if (k < phrase.words.length) continue;
      const end = (tokens[i + k - 1] as TextToken).end;
      const score = Math.round((total / k) * 1000) / 1000;
      if (!best || k > best.words || (k === best.words && score > (best.hit.score ?? 0))) {
        best = { hit: { start: first.start, end, raw: text.slice(first.start, end), value: phrase.value, score }, words: k };
      }
    }
  }
  return best?.hit;
}

/** Every phrase of the entity found in the message tokens; overlapping finds are resolved by the caller. */
export function matchValueListEntity(
  entity: CompiledValueListEntity,
  text: string,
  tokens: readonly TextToken[],
): EntityHit[] {
  const hits: EntityHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = bestPhraseAt(entity, text, tokens, i);
    if (hit) hits.push(hit);
  }
  return hits;
}
