/** Stems of normalised tokens, memoised with the rest of what is known of each word (see wordInfo.ts). */
import type { Language } from '../language/language';
import { ENGLISH } from '../language/languages';
import { wordInfo } from './wordInfo';

/** The stem of a normalised word in `language` (Porter for English); digits and other scripts are returned as they are. */
export function stem(token: string, language: Language = ENGLISH): string {
  return wordInfo(token, language).stem;
}

/** Stems every token. */
export function stemAll(tokens: readonly string[], language: Language = ENGLISH): string[] {
  return tokens.map((t) => stem(t, language));
}
