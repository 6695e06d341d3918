/** Whether a masked message is nothing but entity values: no word of its own says what it is about. */
import type { Language } from '../language/language';
import { ENGLISH } from '../language/languages';
import { normalise } from './normalise';
import { isStopWord } from './stopWords';
import { tokenise } from './tokenise';

/**
 * True when `masked` (a message after `maskEntities`) holds at least one of `maskTokens` and no other
 * word than filler stop words of `language` (not its question words or refusals): "jane@example.com", "it's #12345", "#12345, jane@example.com". Such a
 * message answers a question, if one is waiting; it asks for nothing, whichever intents' examples hold
 * values of its kind. A word of the customer's own ("email", "where") leaves it to the classifier.
 */
export function hasOnlyEntities(masked: string, maskTokens: ReadonlySet<string>, language: Language = ENGLISH): boolean {
  const words = tokenise(normalise(masked, language));
  const filler = (w: string): boolean => isStopWord(w, language) && !language.meaningful.has(w);
  return words.some((w) => maskTokens.has(w)) && words.every((w) => maskTokens.has(w) || filler(w));
}

/** How many words of a masked message are not entity values: "can I get it" in "can I get it next day". */
export function wordsBesideEntities(masked: string, maskTokens: ReadonlySet<string>, language: Language = ENGLISH): number {
  return tokenise(normalise(masked, language)).filter((w) => !maskTokens.has(w)).length;
}
