/** English stop words (npm natural's list): words that say little about what a message is about. */
import { words } from 'natural/lib/natural/util/stopwords';

const STOP_WORDS: ReadonlySet<string> = new Set(words);

/** Whether a normalised word is a stop word. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
