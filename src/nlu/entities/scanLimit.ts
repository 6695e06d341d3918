/** Bounds the work done per message: only the first MAX_SCAN_CHARS characters of a message are scanned for entities. */

/**
 * Entities are looked for in the first 5,000 UTF-16 code units of a message (a long chat message is about
 * 1,000). Longer texts (a pasted log, a 20,000-character rant) are cut, so extraction time stays bounded.
 */
export const MAX_SCAN_CHARS = 5000;

/** How far back from the cap the cut may move to land on white space instead of inside a word or number. */
const WORD_BACKOFF = 64;

/** The prefix of `text` that is scanned: all of it when short, else cut at the cap on a word boundary. */
export function scannedText(text: string, maxChars: number = MAX_SCAN_CHARS): string {
  if (text.length <= maxChars) return text;
  let cut = maxChars;
  for (let i = maxChars; i > maxChars - WORD_BACKOFF && i > 0; i--) {
    if (/\s/.test(text[i] ?? '')) {
      cut = i;
      break;
    }
  }
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1; // never split a surrogate pair
  return text.slice(0, cut);
}
