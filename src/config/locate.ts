// Finds where a data path sits in a parsed YAML file, so problems point at the exact line and column.
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { positionOf, type SourceFile } from './sourceFile';
import type { SourcePosition } from './problem';

export type PathSegment = string | number;

/**
 * The position of the value at `path` (or of its key, with `part: 'key'`). When the path goes
 * deeper than the file does, the deepest node that exists is used.
 */
export function locate(source: SourceFile, path: readonly PathSegment[], part: 'key' | 'value' = 'value'): SourcePosition {
  let node: unknown = source.doc.contents;
  let best: Node | undefined = isNode(node) ? node : undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      if (last && part === 'key' && isNode(pair.key)) return start(source, pair.key);
      if (isNode(pair.key)) best = pair.key;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
    } else {
      break;
    }
    if (isNode(node)) best = node;
    else if (node === null || node === undefined) break;
  }
  return best ? start(source, best) : { line: 1, col: 1 };
}

function start(source: SourceFile, node: Node): SourcePosition {
  return node.range ? positionOf(source.lineCounter, node.range[0]) : { line: 1, col: 1 };
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}
