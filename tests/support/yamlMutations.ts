// Mutations of YAML files for the loader's fuzz suite: lines deleted, repeated, swapped or
// re-indented; values and keys replaced with hostile YAML (huge numbers, prototype names, aliases
// and alias bombs, tags, very long strings, NUL and lone surrogates, unterminated quotes) or with
// names the bot really uses; files cut short, re-encoded or replaced by random bytes. And wholly
// random YAML documents.
import { stringify } from 'yaml';
import { below, pick, randomValue, type Random } from './fuzzing';

const ALIAS_BOMB_LEVELS = 9;

/** Nine levels of ten aliases each: 10^9 values once expanded. */
export function aliasBomb(inline: boolean): string {
  const levels = [`&l0 [${Array(10).fill('lol').join(', ')}]`];
  for (let i = 1; i < ALIAS_BOMB_LEVELS; i++) levels.push(`&l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`);
  return inline ? `[${levels.join(', ')}]` : levels.map((level, i) => `l${i}: ${level}`).join('\n');
}

const HOSTILE_SCALARS: readonly string[] = [
  '1e400', '-1e400', '99999999999999999999999999999', '0x7fffffffffffffffff', '.inf', '-.inf', '.nan', '0o777', '-0', '1_000',
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '"__proto__"',
  '{__proto__: {polluted: yes}}', '{constructor: {prototype: {polluted: yes}}}', '[__proto__, constructor]',
  '&anchor value', '*anchor', '*no_such_anchor', '&self [*self]', '&m {a: 1}', '{<<: *m}', aliasBomb(true),
  '!!js/function "function () { return process.exit(1) }"', '!!js/undefined ""', '!!binary aGVsbG8=', '!!set {a, b}', '!!omap [a: 1, b: 2]',
  '!!pairs [a: 1]', '!!timestamp 2001-12-14t21:59:43.10-05:00', '!!python/object/apply:os.system [ls]', '!custom thing', '!!str 1', '!!int x',
  '!!float abc', '!!map [1]', '!!seq {a: 1}', '!<tag:yaml.org,2002:str> x', '!!null x', '!!bool maybe',
  `"${'x'.repeat(100_000)}"`, 'y'.repeat(20_000), '"\\0"', '"a\\u0000b"', '"\\ud800"', '"\\udfff\\ud800"', '\u0000', 'a\u0000b', '\ud800', '\t',
  '"unterminated', "'unterminated", '[a, b', '{a: 1', '"', "'", '|', '>-', '|-9', '? key', '- item', ': :', '#', '@at', '`tick', '%', '!', '&', '*',
  '~', 'null', 'true', 'yes', 'no', 'on', '[]', '{}', '""', "''", '2026-13-45', '25:61', '"{{"', '"{{ nope }}"', '"{{{{x}}}}"', '"(a+)+$"', '"["',
  '"(?<n>"', '"Mon-Fri 25:00-26:00 Mars/Olympus"', '"Fri-Mon 18:00-08:00"', '"total >"', '"a is set and"', '"(((("', '"../**/*.yaml"',
  '"../bots/*.yaml"', '"./acme.yaml"', '"http://"', '"javascript:alert(1)"', '💥', '"\\U0001F4A5"',
];

const KEY_CHARS = 'abcdefghijklmnopqrstuvwxyz_-.$ ';

export interface Vocabulary {
  /** Words of the real files, mostly names of flows, states, intents, slots and fields. */
  readonly words: readonly string[];
}

export function vocabularyOf(texts: readonly string[]): Vocabulary {
  const words = new Set<string>();
  for (const text of texts) for (const word of text.match(/\b[a-z][a-z0-9_]*\b/g) ?? []) words.add(word);
  return { words: [...words].sort() };
}

/** One mutation, sometimes two or three; the last ones may turn the text into bytes. */
export function mutateYaml(rand: Random, text: string, vocabulary: Vocabulary): string | Buffer {
  let out: string | Buffer = text;
  const count = pick(rand, [1, 1, 1, 1, 2, 2, 3]);
  for (let i = 0; i < count; i++) out = typeof out === 'string' ? mutateText(rand, out, vocabulary) : mutateBytes(rand, out);
  return out;
}

/**
 * Half the mutations keep the file YAML and change what it says (real names in other places, keys
 * misspelt, lines lost or repeated), so that the schema check and the linker see them; a third
 * put hostile YAML in; the rest break the file's syntax or bytes.
 */
function mutateText(rand: Random, text: string, vocabulary: Vocabulary): string | Buffer {
  const lines = text.split('\n');
  const at = below(rand, lines.length);
  const line = lines[at]!;
  const r = rand();
  if (r < 0.1) return renameWord(rand, text, vocabulary);
  if (r < 0.5) {
    switch (below(rand, 6)) {
      case 0: lines.splice(at, 1); break;
      case 1: lines.splice(at, 0, line); break;
      case 2: { const other = below(rand, lines.length); [lines[at], lines[other]] = [lines[other]!, line]; break; }
      case 3: lines[at] = renameKey(rand, line, vocabulary); break;
      default: lines[at] = replaceValue(line, rand() < 0.8 ? pick(rand, vocabulary.words) : yamlValue(rand));
    }
  } else if (r < 0.83) {
    switch (below(rand, 5)) {
      case 0: lines[at] = reindent(rand, line); break;
      case 1: lines.splice(at, 0, `${indentOf(line)}${rand() < 0.5 ? pick(rand, vocabulary.words) : randomKey(rand)}: ${pick(rand, HOSTILE_SCALARS)}`); break;
      case 2: lines.splice(at, 0, ...(rand() < 0.3 ? aliasBomb(false).split('\n') : stringify(randomValue(rand)).split('\n').map((l) => `${indentOf(line)}${l}`))); break;
      case 3: lines[at] = insertAt(line, below(rand, line.length + 1), pick(rand, ['\u0000', '\ud800', '\t', '\uFEFF', '\r', '"', "'", '#', ': ', '{', '[', '&a ', '*a', '!!binary ', '\\'])); break;
      default: lines[at] = replaceValue(line, pick(rand, HOSTILE_SCALARS));
    }
  } else {
    switch (below(rand, 3)) {
      case 0: return Buffer.from(text, 'utf8').subarray(0, below(rand, Buffer.byteLength(text) + 1));
      case 1: return randomBytes(rand, 2000);
      default: return rand() < 0.5 ? text.replace(/\n/g, '\r\n') : rand() < 0.5 ? `\uFEFF${text}` : text.replace(/\n/g, '\r');
    }
  }
  return lines.join('\n');
}

const PROTOTYPE_NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__proto__', 'prototype'];

/** One name renamed everywhere in the file, often to a name every object has: the file stays consistent. */
function renameWord(rand: Random, text: string, vocabulary: Vocabulary): string {
  const words = text.match(/\b[a-z][a-z0-9_]*\b/g);
  if (!words) return text;
  const from = pick(rand, words);
  const to = rand() < 0.6 ? pick(rand, PROTOTYPE_NAMES) : pick(rand, vocabulary.words);
  return text.replace(new RegExp(`\\b${from}\\b`, 'g'), to);
}

function mutateBytes(rand: Random, bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  if (out.length > 0 && rand() < 0.5) {
    for (let i = 0; i < 1 + below(rand, 4); i++) out[below(rand, out.length)] = below(rand, 256);
    return out;
  }
  // Sequences that are not UTF-8: a lone surrogate (CESU-8), an overlong NUL, a stray continuation byte.
  const bad = pick(rand, [[0xed, 0xa0, 0x80], [0xc0, 0x80], [0x80], [0xff, 0xfe]]);
  const at = below(rand, out.length + 1);
  return Buffer.concat([out.subarray(0, at), Buffer.from(bad), out.subarray(at)]);
}

function replaceValue(line: string, value: string): string {
  const colon = /^(\s*(?:- )?[^:#]*:\s)/.exec(line);
  if (colon) return `${colon[1]}${value}`;
  const dash = /^(\s*- )/.exec(line);
  return dash ? `${dash[1]}${value}` : `${indentOf(line)}${value}`;
}

function renameKey(rand: Random, line: string, vocabulary: Vocabulary): string {
  const key = /^(\s*(?:- )?)([^:#\s][^:#]*)(:.*)$/.exec(line);
  if (!key) return line;
  const [, before, name, after] = key as unknown as [string, string, string, string];
  const typo = name.length > 1 ? `${name.slice(1, 2)}${name.slice(0, 1)}${name.slice(2)}` : `${name}${name}`;
  const renamed = [typo, pick(rand, vocabulary.words), pick(rand, ['__proto__', 'constructor', 'prototype', '<<', '? x', '"quoted key"', '[a, b]', '{a: 1}', '1', 'null', '']), randomKey(rand)];
  return `${before}${pick(rand, renamed)}${after}`;
}

function reindent(rand: Random, line: string): string {
  const trimmed = line.trimStart();
  const indent = line.length - trimmed.length;
  const change = pick(rand, [-4, -2, -1, 1, 2, 4]);
  return rand() < 0.2 ? `\t${line}` : `${' '.repeat(Math.max(0, indent + change))}${trimmed}`;
}

function indentOf(line: string): string {
  return /^\s*/.exec(line)![0].replace(/[^ \t]/g, '');
}

function insertAt(line: string, at: number, text: string): string {
  return `${line.slice(0, at)}${text}${line.slice(at)}`;
}

function randomKey(rand: Random): string {
  return Array.from({ length: 1 + below(rand, 12) }, () => KEY_CHARS[below(rand, KEY_CHARS.length)]).join('');
}

/** A random value written as YAML on one line (flow style). */
function yamlValue(rand: Random): string {
  return stringify(randomValue(rand), { collectionStyle: 'flow', lineWidth: 0 }).trimEnd();
}

function randomBytes(rand: Random, max: number): Buffer {
  return Buffer.from(Array.from({ length: below(rand, max) }, () => below(rand, 256)));
}

const TOKENS = [': ', '- ', '[', ']', '{', '}', ', ', '&a ', '*a', '!!str ', '!tag ', '|', '>', "'", '"', '#', '%YAML 1.1', '---', '...', '? ', '\n', '\n  ', '\n    ', '\t', '~'];

/** A document that is not a bot file: random data under random or real keys, or YAML punctuation soup. */
export function randomYamlDocument(rand: Random, vocabulary: Vocabulary): string {
  if (rand() < 0.5) {
    const top = pick(rand, ['bot', 'flow', 'intents', 'states', 'faq', pick(rand, vocabulary.words)]);
    const data = { [top]: randomValue(rand), ...(rand() < 0.5 ? { [pick(rand, vocabulary.words)]: randomValue(rand) } : {}) };
    return stringify(rand() < 0.2 ? randomValue(rand) : data, rand() < 0.5 ? { collectionStyle: 'flow' } : {});
  }
  return Array.from({ length: below(rand, 60) }, () => (rand() < 0.5 ? pick(rand, TOKENS) : rand() < 0.5 ? pick(rand, vocabulary.words) : pick(rand, HOSTILE_SCALARS).slice(0, 200))).join('');
}
