// The form in which two training examples count as the same: case, spacing and punctuation aside.
export function normaliseExample(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
}
