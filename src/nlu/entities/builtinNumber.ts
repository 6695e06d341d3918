/** The `number` builtin: numerals with group separators, decimals and a sign, and number words (English here; other languages: findLocalNumberWords.ts). */
import type { EntityContext, EntityHit } from './entitySpec';
import { findLocalNumberWords } from './findLocalNumberWords';

/** A number found in text, before it becomes an entity. */
export interface Numeral {
  start: number;
  end: number;
  value: number;
}

/** At most this many digits: longer runs (card numbers, ids) are not represented exactly by a JS number. */
const MAX_DIGITS = 15;

/** The decimal separator of `locale` ('.' when the locale is unknown or absent). */
export function decimalSeparator(locale?: string): '.' | ',' {
  if (!locale) return '.';
  try {
    const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
    return part?.value === ',' ? ',' : '.';
  } catch {
    return '.';
  }
}

// A run of digits joined by separators, e.g. "1,234.56", "10:30" or "3/4/2026"; the run is then accepted
// only if it is a well-formed number, so times, dates and version strings give no number at all.
// A minus sign counts only at the start of the text or after a space or an opening bracket.
const SIGN = String.raw`(?<sign>(?<=^|[\s(\[{=:])[-\u2212])?`;
function numeralPattern(decimal: '.' | ',', lettersAround: boolean): RegExp {
  const joiners = decimal === '.' ? '.,:/' : String.raw`.,:/\u00a0\u202f`;
  const letters = lettersAround ? '' : String.raw`\p{L}`;
  return new RegExp(
    String.raw`${SIGN}(?<![${letters}\p{N}_.,])(?<body>\d+(?:[${joiners}]\d+)*)(?![${letters}\p{N}_]|[${joiners}]\d)`,
    'gu',
  );
}
const WELL_FORMED = {
  '.': /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/,
  ',': /^(?:\d{1,3}(?:[.\u00a0\u202f]\d{3})+|\d+)(?:,\d+)?$/,
} as const;
const PATTERNS = {
  '.': { strict: numeralPattern('.', false), loose: numeralPattern('.', true) },
  ',': { strict: numeralPattern(',', false), loose: numeralPattern(',', true) },
} as const;

/**
 * Numerals written with digits. With `lettersAround`, a numeral may touch letters ("USD4.99", "50p"),
 * which the money builtin wants; the number builtin does not ("3pm", "5th", "abc123" are not numbers).
 */
export function findDigitNumerals(text: string, decimal: '.' | ',', lettersAround = false): Numeral[] {
  const found: Numeral[] = [];
  const pattern = PATTERNS[decimal][lettersAround ? 'loose' : 'strict'];
  for (const m of text.matchAll(pattern)) {
    const body = m.groups?.['body'] ?? '';
    if (!WELL_FORMED[decimal].test(body) || body.replace(/\D/g, '').length > MAX_DIGITS) continue;
    const plain = decimal === '.' ? body.replace(/,/g, '') : body.replace(/[.\u00a0\u202f]/g, '').replace(',', '.');
    const negative = (m.groups?.['sign'] ?? '') !== '';
    const value = Number(plain) * (negative ? -1 : 1);
    found.push({ start: m.index, end: m.index + m[0].length, value: Object.is(value, -0) ? 0 : value });
  }
  return found;
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNITS = SMALL.slice(1, 10);
const NUMBER_WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?<half>half\s+a\s+dozen)|(?:an?\s+)?(?<dozen>dozen)` +
    String.raw`|(?<tens>${TENS.join('|')})(?:[-\s](?<unit>${UNITS.join('|')}))?|(?<small>${SMALL.join('|')}))(?![\p{L}\p{N}])`,
  'giu',
);
/** "one" after these words is a pronoun ("the blue one"), not a number. */
const PRONOUN_ONE_BEFORE = /(?:^|[^\p{L}])(?:the|this|that|which|any|no|every|each|another|other|some|a|one)\s+$/iu;

/** English number words from "zero" to "ninety-nine", and "a dozen" (12) and "half a dozen" (6). */
export function findNumberWords(text: string): Numeral[] {
  const found: Numeral[] = [];
  for (const m of text.matchAll(NUMBER_WORDS)) {
    const g = m.groups ?? {};
    let value: number;
    if (g['half']) value = 6;
    else if (g['dozen']) value = 12;
    else if (g['tens']) value = (TENS.indexOf(g['tens'].toLowerCase()) + 2) * 10 + (g['unit'] ? UNITS.indexOf(g['unit'].toLowerCase()) + 1 : 0);
    else {
      const word = (g['small'] ?? '').toLowerCase();
      if (word === 'one' && PRONOUN_ONE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      value = SMALL.indexOf(word);
    }
    found.push({ start: m.index, end: m.index + m[0].length, value });
  }
  return found;
}

/**
 * Number words of `text` in the language of `locale` (English when no locale is given): "twenty-one",
 * "veintiuno", "einundzwanzig". `articles: 'always'` reads "un", "ein", "une" as one anywhere (money).
 */
export function findWordNumerals(text: string, locale?: string, articles: 'alone' | 'always' = 'alone'): Numeral[] {
  const code = locale === undefined ? 'en' : locale.split(/[-_]/)[0]!.toLowerCase();
  return code === 'en' ? findNumberWords(text) : findLocalNumberWords(text, code, articles);
}

/** The `number` builtin: digits (separators per ctx.locale) and number words of ctx.locale's language. */
export function extractNumbers(text: string, ctx: EntityContext): EntityHit[] {
  const numerals = findDigitNumerals(text, decimalSeparator(ctx.locale));
  numerals.push(...findWordNumerals(text, ctx.locale));
  return numerals.map((n) => ({ start: n.start, end: n.end, raw: text.slice(n.start, n.end), value: n.value, score: 1 }));
}
