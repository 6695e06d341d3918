/** Stems of normalised tokens, memoised with the rest of what is known of each word (see wordInfo.ts). */
import { wordInfo } from './wordInfo';

/** The Porter stem of a lower-case ASCII word; other tokens (digits, other scripts) are returned as they are. */
export function stem(token: string): string {
  return wordInfo(token).stem;
}

/** Stems every token. */
export function stemAll(tokens: readonly string[]): string[] {
  return tokens.map(stem);
}
