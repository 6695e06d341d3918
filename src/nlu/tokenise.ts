/** Splits normalised text into at most `maxTokens` word tokens. */

/** Tokens of `normalised` text (as returned by `normalise`), keeping only the first `maxTokens`. */
export function tokenise(normalised: string, maxTokens = Number.POSITIVE_INFINITY): string[] {
  if (normalised === '') return [];
  const tokens = normalised.split(' ');
  return tokens.length > maxTokens ? tokens.slice(0, maxTokens) : tokens;
}
