// Replaces entity spans with a token for the entity's kind (`maskToken`), so "where is #12345" reads
// "where is 0x6f726465725f6964": the kind of a value carries intent, the value itself does not.
import type { EntityMatch } from './entities';
import { maskToken } from './maskToken';

export function maskEntities(text: string, matches: readonly EntityMatch[]): string {
  const spans = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const m of spans) {
    if (m.start < at) continue; // overlapping: the earlier, longer span already replaced it
    out += `${text.slice(at, m.start)} ${maskToken(m.entity)} `;
    at = m.end;
  }
  return out + text.slice(at);
}
