// The form in which a typed answer matches a button's title or synonym.
export function normaliseChoice(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
