// Reads one YAML file into a document that keeps source ranges, reporting every problem with its place.
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { isAlias, isCollection, isMap, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { problem, type Problem, type SourcePosition } from './problem';

export const MAX_FILE_BYTES = 1024 * 1024;

export interface SourceFile {
  /** The path shown to authors: relative to the working directory. */
  readonly file: string;
  readonly absPath: string;
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  /** The file's content as plain data, or undefined when the file could not be read as a map. */
  readonly data: Record<string, unknown> | undefined;
}

export interface ReadResult {
  readonly source?: SourceFile;
  readonly problems: Problem[];
}

export function displayPath(absPath: string): string {
  const rel = relative(process.cwd(), absPath);
  return rel.startsWith('..') ? absPath : rel;
}

export function readSourceFile(absPath: string): ReadResult {
  const file = displayPath(absPath);
  let bytes: Buffer;
  try {
    const stat = statSync(absPath);
    if (!stat.isFile()) return fail(file, 'BATON_FILE_UNREADABLE', 'This path is not a file.');
    if (stat.size > MAX_FILE_BYTES) {
      return fail(file, 'BATON_FILE_TOO_LARGE', `The file is ${(stat.size / 1048576).toFixed(1)} MB; the limit is 1 MB.`);
    }
    bytes = readFileSync(absPath);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? 'error';
    return fail(file, 'BATON_FILE_UNREADABLE', `The file cannot be read (${reason}).`);
  }
  const text = decodeUtf8(bytes);
  if (typeof text !== 'string') {
    return fail(file, 'BATON_FILE_ENCODING', `The file is not UTF-8: an invalid byte at line ${text.line}, column ${text.col}.`, text);
  }
  return parseSource(absPath, file, text);
}

export function parseSource(absPath: string, file: string, text: string): ReadResult {
  const lineCounter = linesOf(text);
  // Quiet: yaml would print a warning on the console for each key that is a list or a map (reported below).
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true, logLevel: 'error' });
  const problems: Problem[] = [];
  let fatal = false;
  for (const err of doc.errors) {
    const at = positionOf(lineCounter, err.pos[0]);
    if (err.code === 'DUPLICATE_KEY') {
      problems.push(problem({ code: 'BATON_YAML_DUPLICATE_KEY', file, at, message: 'This key already appears earlier in the same map.' }));
    } else if (err.code === 'TAB_AS_INDENT') {
      fatal = true;
      problems.push(problem({ code: 'BATON_YAML_TAB', file, at, message: 'Tabs are not allowed as indentation.' }));
    } else {
      fatal = true;
      problems.push(problem({ code: 'BATON_YAML_SYNTAX', file, at, message: firstLine(err.message) }));
    }
  }
  const source = (data: Record<string, unknown> | undefined): SourceFile => ({ file, absPath, text, doc, lineCounter, data });
  if (fatal) return { source: source(undefined), problems };
  problems.push(...cutTexts(doc, text, lineCounter, file), ...collectionKeys(doc, lineCounter, file));
  if (doc.contents === null || (isScalarNull(doc.contents) && text.trim().replace(/^#.*$/gm, '').trim() === '')) {
    problems.push(problem({ code: 'BATON_FILE_EMPTY', file, message: 'The file is empty.' }));
    return { source: source(undefined), problems };
  }
  if (!isMap(doc.contents)) {
    const at = doc.contents.range ? positionOf(lineCounter, doc.contents.range[0]) : undefined;
    const kind = Array.isArray(doc.contents.toJSON()) ? 'a list' : 'a single value';
    problems.push(problem({ code: 'BATON_FILE_NOT_MAP', file, at, message: `The file is ${kind}, not a map of keys.` }));
    return { source: source(undefined), problems };
  }
  try {
    const data = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
    return { source: source(data), problems };
  } catch (err) {
    // yaml refuses alias expansions that would blow up ("billion laughs") and similar.
    problems.push(problem({ code: 'BATON_YAML_SYNTAX', file, message: firstLine((err as Error).message) }));
    return { source: source(undefined), problems };
  }
}

/** `ask: like #12345` is `like` and a comment to YAML: a `#` glued to what follows is almost never meant so. */
function cutTexts(doc: Document.Parsed, text: string, lineCounter: LineCounter, file: string): Problem[] {
  const found: Problem[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (node.type !== 'PLAIN' || !node.comment || /^\s/.test(node.comment) || !node.range) return;
      const at = positionOf(lineCounter, text.indexOf('#', node.range[1]));
      const cut = `#${node.comment.split('\n')[0]}`;
      found.push(problem({ code: 'BATON_YAML_CUT_TEXT', file, at, message: `"${String(node.value)}" ends here: YAML reads "${cut.length > 30 ? `${cut.slice(0, 27)}...` : cut}" as a comment.` }));
    },
  });
  return found;
}

/** `[a, b]: x` or `{ a: 1 }: x`: an object key cannot be a list or a map; yaml would make it a string. */
function collectionKeys(doc: Document.Parsed, lineCounter: LineCounter, file: string): Problem[] {
  const found: Problem[] = [];
  visit(doc, {
    Pair(_key, pair) {
      const key = isAlias(pair.key) ? pair.key.resolve(doc) : pair.key;
      if (!isCollection(key)) return;
      const range = (pair.key as { range?: [number, number, number] }).range;
      const at = range ? positionOf(lineCounter, range[0]) : undefined;
      found.push(problem({ code: 'BATON_YAML_SYNTAX', file, at, message: 'This key is a list or a map; keys are single values, such as names.' }));
    },
  });
  return found;
}

/** Where each line starts, counted in the text itself: yaml's own count misses the line breaks inside quoted scalars. */
function linesOf(text: string): LineCounter {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) counter.addNewLine(i + 1);
  return counter;
}

export function positionOf(lineCounter: LineCounter, offset: number): SourcePosition {
  const { line, col } = lineCounter.linePos(offset);
  return { line, col };
}

function isScalarNull(node: unknown): boolean {
  return typeof node === 'object' && node !== null && 'value' in node && (node as { value: unknown }).value === null;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}

function decodeUtf8(bytes: Buffer): string | SourcePosition {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    const lossy = bytes.toString('utf8');
    const bad = lossy.indexOf('\uFFFD');
    const before = lossy.slice(0, Math.max(0, bad));
    const lines = before.split('\n');
    return { line: lines.length, col: lines[lines.length - 1]!.length + 1 };
  }
}

function fail(file: string, code: Problem['code'], message: string, at?: SourcePosition): ReadResult {
  return { problems: [problem({ code, file, at, message })] };
}
