// Replaces entity spans with the entity's name, so "where is #12345" reads "where is order_id":
// the kind of a value carries intent, the value itself does not.
import type { EntityMatch } from './entities';

export function maskEntities(text: string, matches: readonly EntityMatch[]): string {
  const spans = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const m of spans) {
    if (m.start < at) continue; // overlapping: the earlier, longer span already replaced it
    out += `${text.slice(at, m.start)} ${m.entity.replace(/[^a-z0-9]+/gi, ' ')} `;
    at = m.end;
  }
  return out + text.slice(at);
}
