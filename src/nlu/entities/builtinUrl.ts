/** The `url` builtin: web addresses with a scheme, starting with "www.", or a bare domain with a common ending. */
import type { EntityHit } from './entitySpec';

/**
 * Endings a bare domain ("acme.com/returns") must have to count, so "e.g." or "file.txt" are not addresses.
 * Endings that are English words (.in, .it, .us, .no) are left out: "Thanks.in the meantime" is a missing space.
 */
const BARE_TLDS = ['com', 'org', 'net', 'edu', 'gov', 'io', 'co', 'uk', 'de', 'fr', 'es', 'nl', 'eu', 'ca',
  'au', 'nz', 'ie', 'jp', 'ch', 'se', 'dk', 'app', 'dev', 'shop', 'store', 'info', 'biz'];
const URL_BODY = String.raw`[^\s<>"'\u0060{}|\\^]*`;
const URL_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}@._\-/])(?:` +
    String.raw`(?<scheme>https?|ftp)://[^\s<>"'\u0060{}|\\^/]+${URL_BODY}` +
    String.raw`|www\.[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+${URL_BODY}` +
    String.raw`|(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?\.)+(?:${BARE_TLDS.join('|')})(?![\p{L}\p{N}\-@])(?::\d{1,5})?(?:/${URL_BODY})?` +
    ')',
  'giu',
);
const TRAILING_PUNCTUATION = /[.,;:!?'"\u2019\u201d*]+$/;

/** Drops sentence punctuation and an unbalanced closing bracket from the end of a found address. */
function trimEnd(url: string): string {
  let out = url;
  for (;;) {
    const before = out;
    out = out.replace(TRAILING_PUNCTUATION, '');
    for (const [open, close] of [['(', ')'], ['[', ']']] as const) {
      if (out.endsWith(close) && out.split(open).length < out.split(close).length) out = out.slice(0, -1);
    }
    if (out === before) return out;
  }
}

/** Addresses as written; value the normalised absolute URL (https:// added when no scheme was typed). */
export function extractUrls(text: string): EntityHit[] {
  const hits: EntityHit[] = [];
  for (const m of text.matchAll(URL_PATTERN)) {
    const raw = trimEnd(m[0]);
    let value: string;
    try {
      value = new URL(m.groups?.['scheme'] ? raw : `https://${raw}`).href;
    } catch {
      continue;
    }
    hits.push({ start: m.index, end: m.index + raw.length, raw, value, score: 1 });
  }
  return hits;
}
