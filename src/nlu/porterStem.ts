/** Porter stemming (npm natural) of one English token, uncached (see wordInfo.ts for the cache). */
import PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer');

const ASCII_WORD = /^[a-z]+$/;

/** The Porter stem of a lower-case ASCII word; other tokens (digits, other scripts) are returned as they are. */
export function porterStem(token: string): string {
  return token.length > 2 && ASCII_WORD.test(token) ? PorterStemmer.stem(token) : token;
}
