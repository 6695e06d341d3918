/** Stop words: words that say little about what a message is about (npm natural's lists, by language). */
import type { Language } from '../language/language';
import { ENGLISH } from '../language/languages';

/** Whether a normalised word is a stop word of `language`. */
export function isStopWord(word: string, language: Language = ENGLISH): boolean {
  return language.isStopWord(word);
}
