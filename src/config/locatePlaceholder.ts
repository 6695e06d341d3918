// Where a `{{name}}` placeholder sits inside the text at a data path: the text as written in the
// file (plain, quoted or a `|` block) holds the placeholder as typed, so a problem can point at it.
import { isNode } from 'yaml';
import { locate, type PathSegment } from './locate';
import type { SourcePosition } from './problem';
import { positionOf, type SourceFile } from './sourceFile';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The position of the `occurrence`-th (0-based) `{{name}}` in the text at `path`; the text's start when it cannot be found. */
export function locatePlaceholder(source: SourceFile, path: readonly PathSegment[], name: string, occurrence: number): SourcePosition {
  const node = source.doc.getIn(path, true);
  if (!isNode(node) || !node.range) return locate(source, path);
  const [start, end] = node.range;
  const written = source.text.slice(start, end);
  const found = [...written.matchAll(new RegExp(`\\{\\{\\s*${escape(name)}\\s*\\}\\}`, 'g'))][occurrence];
  return found?.index !== undefined ? positionOf(source.lineCounter, start + found.index) : locate(source, path);
}
