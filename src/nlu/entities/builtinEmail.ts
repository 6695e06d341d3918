/** The `email` builtin: addresses found with a careful pattern; the value has its domain in lower case. */
import type { EntityHit } from './entitySpec';

// Local part: letters, digits and . _ % + - (no dot first, last or twice in a row).
// Domain: labels of letters, digits and inner hyphens, ending in a top-level label of 2+ letters.
const EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+\-@])(?<local>[\p{L}\p{N}_%+\-]+(?:\.[\p{L}\p{N}_%+\-]+)*)@` +
    String.raw`(?<domain>(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,63})(?![\p{L}\p{N}\-@]|\.[\p{L}\p{N}])`,
  'gu',
);

/** Addresses as written; value `local@domain` with the domain lower-cased (the local part is kept as typed). */
export function extractEmails(text: string): EntityHit[] {
  const hits: EntityHit[] = [];
  for (const m of text.matchAll(EMAIL)) {
    const local = m.groups?.['local'] ?? '';
    const domain = (m.groups?.['domain'] ?? '').toLowerCase();
    if (local.length > 64) continue;
    hits.push({ start: m.index, end: m.index + m[0].length, raw: m[0], value: `${local}@${domain}`, score: 1 });
  }
  return hits;
}
