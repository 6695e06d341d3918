// Mutations of YAML files for the loader's fuzz suite, as data that fast-check draws and shrinks
// (see yamlArbitraries.ts): lines deleted, repeated, swapped or re-indented; keys and values
// replaced; text inserted; files cut short, re-encoded, replaced by random bytes or corrupted byte
// by byte. A position is taken modulo the length of what it points into, so a step applies to any
// file.

export type Step =
  | { readonly op: 'deleteLine' | 'repeatLine'; readonly at: number }
  | { readonly op: 'swapLines'; readonly at: number; readonly other: number }
  | { readonly op: 'renameWord'; readonly from: number; readonly to: string }
  /** `to` null: the key misspelt, its first two letters swapped. */
  | { readonly op: 'renameKey'; readonly at: number; readonly to: string | null }
  | { readonly op: 'setValue'; readonly at: number; readonly value: string }
  | { readonly op: 'reindent'; readonly at: number; readonly by: number; readonly tab: boolean }
  | { readonly op: 'insertKey'; readonly at: number; readonly key: string; readonly value: string }
  | { readonly op: 'insertLines'; readonly at: number; readonly lines: string; readonly indent: boolean }
  | { readonly op: 'insertChars'; readonly at: number; readonly col: number; readonly chars: string }
  | { readonly op: 'lineEnds'; readonly style: 'crlf' | 'bom' | 'cr' }
  /** The last `drop` bytes cut off. */
  | { readonly op: 'cut'; readonly drop: number }
  | { readonly op: 'randomBytes'; readonly bytes: readonly number[] }
  | { readonly op: 'setBytes'; readonly bytes: ReadonlyArray<readonly [number, number]> }
  | { readonly op: 'badSequence'; readonly at: number; readonly sequence: readonly number[] };

const BYTE_STEPS: ReadonlySet<Step['op']> = new Set(['setBytes', 'badSequence']);

/** The steps applied in turn; a byte step turns the text into bytes, after which text steps change nothing. */
export function applySteps(text: string, steps: readonly Step[]): string | Buffer {
  let out: string | Buffer = text;
  for (const step of steps) {
    if (BYTE_STEPS.has(step.op)) out = applyToBytes(typeof out === 'string' ? Buffer.from(out, 'utf8') : out, step);
    else if (typeof out === 'string') out = applyToText(out, step);
  }
  return out;
}

function applyToText(text: string, step: Step): string | Buffer {
  const lines = text.split('\n');
  const at = 'at' in step ? step.at % lines.length : 0;
  const line = lines[at]!;
  switch (step.op) {
    case 'deleteLine': lines.splice(at, 1); break;
    case 'repeatLine': lines.splice(at, 0, line); break;
    case 'swapLines': { const other = step.other % lines.length; [lines[at], lines[other]] = [lines[other]!, line]; break; }
    case 'renameWord': return renameWord(text, step.from, step.to);
    case 'renameKey': lines[at] = renameKey(line, step.to); break;
    case 'setValue': lines[at] = replaceValue(line, step.value); break;
    case 'reindent': lines[at] = step.tab ? `\t${line}` : `${' '.repeat(Math.max(0, line.length - line.trimStart().length + step.by))}${line.trimStart()}`; break;
    case 'insertKey': lines.splice(at, 0, `${indentOf(line)}${step.key}: ${step.value}`); break;
    case 'insertLines': lines.splice(at, 0, ...step.lines.split('\n').map((l) => (step.indent ? `${indentOf(line)}${l}` : l))); break;
    case 'insertChars': { const col = step.col % (line.length + 1); lines[at] = `${line.slice(0, col)}${step.chars}${line.slice(col)}`; break; }
    case 'lineEnds': return step.style === 'crlf' ? text.replace(/\n/g, '\r\n') : step.style === 'bom' ? `\uFEFF${text}` : text.replace(/\n/g, '\r');
    case 'cut': { const bytes = Buffer.from(text, 'utf8'); return bytes.subarray(0, bytes.length - (step.drop % (bytes.length + 1))); }
    case 'randomBytes': return Buffer.from(step.bytes);
    default: break;
  }
  return lines.join('\n');
}

function applyToBytes(bytes: Buffer, step: Step): Buffer {
  const out = Buffer.from(bytes);
  if (step.op === 'setBytes' && out.length > 0) {
    for (const [at, value] of step.bytes) out[at % out.length] = value;
    return out;
  }
  // Sequences that are not UTF-8: a lone surrogate (CESU-8), an overlong NUL, a stray continuation byte.
  const sequence = step.op === 'badSequence' ? step.sequence : [0x80];
  const at = step.op === 'badSequence' ? step.at % (out.length + 1) : 0;
  return Buffer.concat([out.subarray(0, at), Buffer.from(sequence), out.subarray(at)]);
}

/** One name of the file renamed everywhere in it, so the file stays consistent. */
function renameWord(text: string, from: number, to: string): string {
  const words = text.match(/\b[a-z][a-z0-9_]*\b/g);
  if (!words) return text;
  return text.replace(new RegExp(`\\b${words[from % words.length]}\\b`, 'g'), to);
}

function renameKey(line: string, to: string | null): string {
  const key = /^(\s*(?:- )?)([^:#\s][^:#]*)(:.*)$/.exec(line);
  if (!key) return line;
  const [, before, name, after] = key as unknown as [string, string, string, string];
  const typo = name.length > 1 ? `${name.slice(1, 2)}${name.slice(0, 1)}${name.slice(2)}` : `${name}${name}`;
  return `${before}${to ?? typo}${after}`;
}

function replaceValue(line: string, value: string): string {
  const colon = /^(\s*(?:- )?[^:#]*:\s)/.exec(line);
  if (colon) return `${colon[1]}${value}`;
  const dash = /^(\s*- )/.exec(line);
  return dash ? `${dash[1]}${value}` : `${indentOf(line)}${value}`;
}

function indentOf(line: string): string {
  return /^\s*/.exec(line)![0].replace(/[^ \t]/g, '');
}
