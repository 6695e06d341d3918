/** Porter stemming (npm natural) of English tokens, memoised in a bounded cache. */
import PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer');

const ASCII_WORD = /^[a-z]+$/;
const CACHE_LIMIT = 50_000;
const cache = new Map<string, string>();

/** The Porter stem of a lower-case ASCII word; other tokens (digits, other scripts) are returned as they are. */
export function stem(token: string): string {
  const known = cache.get(token);
  if (known !== undefined) return known;
  const stemmed = token.length > 2 && ASCII_WORD.test(token) ? PorterStemmer.stem(token) : token;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(token, stemmed);
  return stemmed;
}

/** Stems every token. */
export function stemAll(tokens: readonly string[]): string[] {
  return tokens.map(stem);
}
