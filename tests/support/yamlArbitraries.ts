// fast-check arbitraries for the loader's fuzz suite: mutation steps for a YAML file (applied by
// yamlMutations.ts) that put hostile YAML in (huge numbers, prototype names, aliases and alias
// bombs, tags, very long strings, NUL and lone surrogates, unterminated quotes) or names the bot
// really uses; and wholly random YAML documents.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { jsonValue, nonEmptyArray } from './fuzzArbitraries';
import type { Step } from './yamlMutations';

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

const PROTOTYPE_NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__proto__', 'prototype'];
const ODD_KEYS = ['__proto__', 'constructor', 'prototype', '<<', '? x', '"quoted key"', '[a, b]', '{a: 1}', '1', 'null', ''];
const ODD_CHARS = ['\u0000', '\ud800', '\t', '\uFEFF', '\r', '"', "'", '#', ': ', '{', '[', '&a ', '*a', '!!binary ', '\\'];
const BAD_SEQUENCES = [[0xed, 0xa0, 0x80], [0xc0, 0x80], [0x80], [0xff, 0xfe]];
const TOKENS = [': ', '- ', '[', ']', '{', '}', ', ', '&a ', '*a', '!!str ', '!tag ', '|', '>', "'", '"', '#', '%YAML 1.1', '---', '...', '? ', '\n', '\n  ', '\n    ', '\t', '~'];

export interface Vocabulary {
  /** Words of the real files, mostly names of flows, states, intents, slots and fields. */
  readonly words: readonly string[];
}

export function vocabularyOf(texts: readonly string[]): Vocabulary {
  const words = new Set<string>();
  for (const text of texts) for (const word of text.match(/\b[a-z][a-z0-9_]*\b/g) ?? []) words.add(word);
  return { words: [...words].sort() };
}

const hostileScalar = fc.constantFrom(...HOSTILE_SCALARS);
const randomKey = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz_-.$ '), minLength: 1, maxLength: 12 });
/** A random value written as YAML on one line (flow style). */
const yamlValue = jsonValue.map((v) => stringify(v, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd());
const ALIAS_BOMB = aliasBomb(false);
const byte = fc.integer({ min: 0, max: 255 });

/**
 * One mutation step. Half of them keep the file YAML and change what it says (real names in other
 * places, keys misspelt, lines lost or repeated), so that the schema check and the linker see
 * them; a third put hostile YAML in; the rest break the file's syntax or bytes.
 */
export function step(vocabulary: Vocabulary): fc.Arbitrary<Step> {
  const word = fc.constantFrom(...vocabulary.words);
  const at = fc.nat();
  const weighted = (weight: number, arbitrary: fc.Arbitrary<Step>) => ({ weight, arbitrary });
  return fc.oneof(
    weighted(7, fc.record({ op: fc.constant('deleteLine' as const), at })),
    weighted(7, fc.record({ op: fc.constant('repeatLine' as const), at })),
    weighted(7, fc.record({ op: fc.constant('swapLines' as const), at, other: fc.nat() })),
    weighted(10, fc.record({ op: fc.constant('renameWord' as const), from: fc.nat(), to: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) }, { weight: 4, arbitrary: word }) })),
    weighted(7, fc.record({ op: fc.constant('renameKey' as const), at, to: fc.oneof(fc.constant(null), word, fc.constantFrom(...ODD_KEYS), randomKey) })),
    weighted(13, fc.record({ op: fc.constant('setValue' as const), at, value: fc.oneof({ weight: 8, arbitrary: word }, { weight: 2, arbitrary: yamlValue }) })),
    weighted(7, fc.record({ op: fc.constant('setValue' as const), at, value: hostileScalar })),
    weighted(7, fc.record({ op: fc.constant('reindent' as const), at, by: fc.constantFrom(-4, -2, -1, 1, 2, 4), tab: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, fc.constant(true)) })),
    weighted(7, fc.record({ op: fc.constant('insertKey' as const), at, key: fc.oneof(word, randomKey), value: hostileScalar })),
    weighted(7, fc.record({ op: fc.constant('insertLines' as const), at, block: fc.oneof({ weight: 7, arbitrary: jsonValue.map((v) => stringify(v).trimEnd()) }, { weight: 3, arbitrary: fc.constant(ALIAS_BOMB) }) })
      .map(({ block, ...rest }) => ({ ...rest, lines: block, indent: block !== ALIAS_BOMB }))),
    weighted(7, fc.record({ op: fc.constant('insertChars' as const), at, col: fc.nat(), chars: fc.constantFrom(...ODD_CHARS) })),
    weighted(6, fc.record({ op: fc.constant('lineEnds' as const), style: fc.constantFrom('crlf' as const, 'bom' as const, 'cr' as const) })),
    weighted(6, fc.record({ op: fc.constant('cut' as const), drop: fc.nat() })),
    weighted(6, fc.record({ op: fc.constant('randomBytes' as const), bytes: fc.array(byte, { maxLength: 1999 }) })),
    weighted(4, fc.record({ op: fc.constant('setBytes' as const), bytes: fc.array(fc.tuple(fc.nat(), byte), { minLength: 1, maxLength: 4 }) })),
    weighted(4, fc.record({ op: fc.constant('badSequence' as const), at, sequence: fc.constantFrom(...BAD_SEQUENCES) })),
  );
}

/** One step, sometimes two or three. */
export function steps(vocabulary: Vocabulary): fc.Arbitrary<Step[]> {
  return nonEmptyArray(step(vocabulary), 3);
}

/** A document that is not a bot file: random data under random or real keys, or YAML punctuation soup. */
export function randomYamlDocument(vocabulary: Vocabulary): fc.Arbitrary<string> {
  const word = fc.constantFrom(...vocabulary.words);
  const data = fc.record({
    top: fc.oneof({ weight: 5, arbitrary: fc.constantFrom('bot', 'flow', 'intents', 'states', 'faq') }, word),
    value: jsonValue,
    second: fc.oneof(fc.constant(undefined), fc.tuple(word, jsonValue)),
    // Now and then the document is a bare value instead.
    bare: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, jsonValue.map((v) => ({ v }))),
    flow: fc.boolean(),
  }).map(({ top, value, second, bare, flow }) => stringify(bare ? bare.v : { [top]: value, ...(second ? { [second[0]]: second[1] } : {}) }, flow ? { collectionStyle: 'flow' } : {}));
  const soup = fc.array(fc.oneof(fc.constantFrom(...TOKENS), word, hostileScalar.map((s) => s.slice(0, 200))), { maxLength: 59 }).map((parts) => parts.join(''));
  return fc.oneof(data, soup);
}
