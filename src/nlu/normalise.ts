/** Text normalisation: Unicode NFKC, lower case, contractions expanded, accents and punctuation removed. */
import { foldAccents } from '../language/foldAccents';
import type { Language } from '../language/language';
import { ENGLISH } from '../language/languages';

const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Returns the canonical form of `text` that the tokeniser splits on single spaces: letters and digits
 * of any script, lower case, `language`'s contractions and elisions expanded, without accents, one
 * space between words.
 */
export function normalise(text: string, language: Language = ENGLISH): string {
  if (ASCII.test(text)) return language.expand(text.toLowerCase()).replace(NOT_WORD, ' ').trim();
  const lower = text.normalize('NFKC').toLowerCase().replace(APOSTROPHES, "'");
  return foldAccents(language.expand(lower)).replace(NOT_WORD, ' ').trim();
}
