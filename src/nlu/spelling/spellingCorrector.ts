/**
 * Spelling correction of message words against a bot's own words (every word of its training
 * messages, with how often it appeared) and the general English vocabulary (see generalIndex.ts).
 * A word is left as it is when it is short, not all letters, a stop word, a bot word or a known
 * general word; otherwise it becomes its nearest word (see editDistance.ts): fewest edits first,
 * then a bot word before a general one, then the more frequent. When the best and the next of
 * another stem at that distance are about as frequent, the word is left as it is.
 */
import type { Language } from '../../language/language';
import { ENGLISH } from '../../language/languages';
import { stem } from '../stem';
import { isStopWord } from '../stopWords';
import { isKnownWord } from '../vectors/wordVectors';
import { buildDeletionIndex, forEachCandidate, type DeletionIndex } from './deletionIndex';
import { GENERAL_DISTANCE, generalIndex } from './generalIndex';

export interface SpellingCorrector {
  /** The bot's words (all letters, stop words too) and how often each appeared in training; saved with the model. */
  readonly words: readonly string[];
  readonly counts: Uint32Array;
  /** The word `word` (normalised) stands for: itself unless it is a misspelling with one clear correction. */
  readonly correct: (word: string) => string;
  /** Builds the indexes now, which the first correction would otherwise build. */
  readonly warmUp: () => void;
}

export interface SpellingOptions {
  /** Shorter words are left as they are. */
  readonly minLength: number;
  /** Words at least this long may be two edits from their correction; shorter ones one edit. */
  readonly twoEditLength: number;
  /** The best candidate wins only if it is this many times as frequent as the next with another stem. */
  readonly clearMargin: number;
}

export const DEFAULT_SPELLING_OPTIONS: SpellingOptions = Object.freeze({ minLength: 3, twoEditLength: 7, clearMargin: 2 });

const LETTERS = /^[a-z]+$/;
/**
 * Longer words are left as they are: no one misspells such a word into a bot word, and the candidates
 * of one grow with its length squared (a 2,000-letter "word" took seconds).
 */
const MAX_LENGTH = 40;
/** Bot words are indexed within this many edits: the most any message word reaches. */
const BOT_DISTANCE = 2;
/** Corrections remembered per corrector (customers repeat their misspellings). */
const CACHE_LIMIT = 10_000;

interface Choice {
  readonly word: string;
  readonly distance: number;
  /** 1 for a bot word, 0 for a general word. */
  readonly bot: number;
  /** Bot words: training count; general words: 1 / (frequency rank + 1), after Zipf's law. */
  readonly frequency: number;
}

const better = (a: Choice, b: Choice): number => a.distance - b.distance || b.bot - a.bot || b.frequency - a.frequency;

/** The best of `choices`, or undefined when none is clearly better than another stem at its distance from its side. */
function clearWinner(choices: Choice[], margin: number, language: Language): string | undefined {
  choices.sort(better);
  const best = choices[0];
  if (!best) return undefined;
  const close = (c: Choice) => c !== best && c.distance === best.distance && c.bot === best.bot && best.frequency < margin * c.frequency;
  return choices.some((c) => close(c) && stem(c.word, language) !== stem(best.word, language)) ? undefined : best.word;
}

/**
 * Sounds of hesitation are words, not typos, though the general vocabulary lacks them: "hmm" is one
 * swap from "mhm", which means yes, and a customer thinking it over must not be read as agreeing.
 */
const HESITATIONS: ReadonlySet<string> = new Set(['hmm', 'hmmm', 'hmmmm', 'umm', 'ummm', 'uhm', 'erm', 'errm', 'uhh', 'ehm', 'meh']);

/** A corrector for a bot whose training messages had `words`, `counts[i]` times each. */
export function spellingCorrector(words: readonly string[], counts: Uint32Array, options: SpellingOptions = DEFAULT_SPELLING_OPTIONS, language: Language = ENGLISH): SpellingCorrector {
  // The general vocabulary is English: a bot in another language corrects only into its own words.
  const english = language.englishWords;
  const known = new Set(words);
  // Built on first use, or by warmUp once a server listens: a start does not wait for them.
  let index: DeletionIndex | undefined;
  const warmUp = (): void => {
    index ??= buildDeletionIndex(words, BOT_DISTANCE);
    if (english) generalIndex();
  };
  const { minLength, twoEditLength, clearMargin } = options;
  const cache = new Map<string, string>();
  // A correction is never shorter than `minLength`, and a word of that length only changes letters
  // ("teh" is "the"), and only into a bot word: slang such as "cya" is not a typo of "ya" or "cia".
  const fits = (word: string, candidate: string): boolean => candidate.length >= minLength && (word.length > minLength || candidate.length === word.length);
  const choose = (word: string): string => {
    warmUp();
    const reach = word.length >= twoEditLength ? 2 : 1;
    const choices: Choice[] = [];
    forEachCandidate(index!, word, reach, (id, distance) => fits(word, words[id]!) && choices.push({ word: words[id]!, distance, bot: 1, frequency: counts[id]! }));
    // A general word wins only by being nearer than every bot word.
    const generalReach = Math.min(reach, GENERAL_DISTANCE, ...choices.map((c) => c.distance - 1));
    const general = english ? generalIndex() : undefined;
    if (general) forEachCandidate(general, word, generalReach, (id, distance) => {
      if (!known.has(general.words[id]!) && word.length > minLength && fits(word, general.words[id]!)) choices.push({ word: general.words[id]!, distance, bot: 0, frequency: 1 / (id + 1) });
    });
    return clearWinner(choices, clearMargin, language) ?? word;
  };
  const correct = (word: string): string => {
    if (word.length < minLength || word.length > MAX_LENGTH || known.has(word) || isStopWord(word, language) || !LETTERS.test(word) || (english && (isKnownWord(word) || HESITATIONS.has(word)))) return word;
    let corrected = cache.get(word);
    if (corrected === undefined) {
      corrected = choose(word);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(word, corrected);
    }
    return corrected;
  };
  return { words, counts, correct, warmUp };
}

/** A corrector for a bot trained on messages with these (normalised) words. */
export function trainSpellingCorrector(messages: readonly (readonly string[])[], options: SpellingOptions = DEFAULT_SPELLING_OPTIONS, language: Language = ENGLISH): SpellingCorrector {
  const counts = new Map<string, number>();
  for (const message of messages) for (const word of message) if (LETTERS.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return spellingCorrector([...counts.keys()], Uint32Array.from(counts.values()), options, language);
}
