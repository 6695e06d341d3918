/** Text normalisation: Unicode NFKC, lower case, contractions expanded, accents and punctuation removed. */
import { expandContractions } from './expandContractions';

const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const COMBINING_ACCENTS = /[\u0300-\u036f]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Returns the canonical form of `text` that the tokeniser splits on single spaces:
 * letters and digits of any script, lower case, without accents, one space between words.
 */
export function normalise(text: string): string {
  if (ASCII.test(text)) return expandContractions(text.toLowerCase()).replace(NOT_WORD, ' ').trim();
  const lower = text.normalize('NFKC').toLowerCase().replace(APOSTROPHES, "'");
  const expanded = expandContractions(lower);
  const unaccented = expanded.normalize('NFD').replace(COMBINING_ACCENTS, '').normalize('NFC');
  return unaccented.replace(NOT_WORD, ' ').trim();
}
