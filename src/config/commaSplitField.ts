// Recognises a field that exists only because a comma split an unquoted text inside `{ }`:
// `{ ask: Which class - yoga, spin or pilates? }` reads as the fields `ask`, `spin or pilates?`.
// The loader then says to quote the text, not just that the field is unknown.
import { isMap, isPair, isScalar } from 'yaml';
import type { PathSegment } from './locate';
import type { SourceFile } from './sourceFile';

export const COMMA_HINT = 'A comma inside { } starts a new field: put a text that holds commas in quotes, e.g. ask: "Which one: yoga, spin or pilates?".';

/** True when `field` of the map at `path` is a key with no value in a flow map (`{ a: b, c }`). */
export function isCommaSplitField(source: SourceFile, path: readonly PathSegment[], field: string): boolean {
  const map = path.length === 0 ? source.doc.contents : source.doc.getIn(path, true);
  if (!isMap(map) || !map.flow) return false;
  const pair = map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === field);
  return pair !== undefined && (pair.value === null || (isScalar(pair.value) && pair.value.value === null));
}
