/** The `money` builtin: an amount with a currency before or after it, e.g. "$4.99", "4.99 USD", "£20", "20 euros". */
import type { EntityContext, EntityHit } from './entitySpec';
import { decimalSeparator, findDigitNumerals, findWordNumerals, type Numeral } from './builtinNumber';

/** Regions whose "$" and "dollars" are their own dollar; everywhere else they are US dollars. */
const LOCAL_DOLLARS: Record<string, string> = { AU: 'AUD', CA: 'CAD', NZ: 'NZD', SG: 'SGD', HK: 'HKD' };

/** Symbols, longest first so "US$" wins over "$". `$` stands for the dollar of the context's region. */
const SYMBOLS: readonly (readonly [string, string])[] = [
  ['US$', 'USD'], ['AU$', 'AUD'], ['CA$', 'CAD'], ['NZ$', 'NZD'], ['HK$', 'HKD'], ['A$', 'AUD'], ['C$', 'CAD'],
  ['S$', 'SGD'], ['R$', 'BRL'], ['$', '$'], ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'], ['₹', 'INR'], ['₩', 'KRW'],
  ['₽', 'RUB'], ['₺', 'TRY'], ['₪', 'ILS'], ['₫', 'VND'], ['₱', 'PHP'],
];
/** ISO 4217 codes that are not also English words ("ALL", "TRY", "TOP" are left out). */
const CODES = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'AUD', 'CAD', 'CHF', 'NZD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK',
  'HUF', 'BRL', 'MXN', 'ZAR', 'SGD', 'HKD', 'KRW', 'RUB', 'ILS', 'AED', 'SAR', 'THB'];
/** Currency names said after an amount, with a factor for minor units ("50 cents" is 0.50). */
const NAMES: readonly { pattern: string; currency: string; factor: number }[] = [
  { pattern: 'dollars?|bucks?|d[oó]lar(?:es)?', currency: '$', factor: 1 },
  { pattern: 'cents?', currency: '$', factor: 0.01 },
  { pattern: 'euros?', currency: 'EUR', factor: 1 },
  { pattern: 'pounds?(?:\\s+sterling)?|quid|libras?(?:\\s+esterlinas?)?|livres?(?:\\s+sterling)?|pfund|sterline', currency: 'GBP', factor: 1 },
  { pattern: 'c[eé]ntimos?|centimes?|centesimi', currency: 'EUR', factor: 0.01 },
  { pattern: 'pence', currency: 'GBP', factor: 0.01 },
  { pattern: 'yen', currency: 'JPY', factor: 1 },
  { pattern: 'yuan|renminbi', currency: 'CNY', factor: 1 },
  { pattern: 'rupees?', currency: 'INR', factor: 1 },
  { pattern: 'francs?|franken|franchi', currency: 'CHF', factor: 1 },
];

const escape = (s: string): string => s.replace(/[$]/g, '\\$');
const SYMBOL_ALTERNATIVES = SYMBOLS.map(([symbol]) => escape(symbol)).join('|');
const CODE_ALTERNATIVES = CODES.join('|');
/** Currency right before an amount: "US$", "£ ", "USD ". Letters must not run into it ("our$5" is not BRL). */
const BEFORE = new RegExp(String.raw`(?<![\p{L}])(?<cur>${SYMBOL_ALTERNATIVES}|${CODE_ALTERNATIVES})\s?$`, 'iu');
/** Currency right after an amount: "€", " USD", " euros", "p" (pence, written next to the digits). */
const AFTER = new RegExp(
  String.raw`^(?:(?<attached>p)|\s?(?:(?<cur>${SYMBOL_ALTERNATIVES}|${CODE_ALTERNATIVES})` +
    NAMES.map((n, i) => `|(?<name${i}>${n.pattern})`).join('') +
    String.raw`))(?![\p{L}\p{N}])`,
  'iu',
);

function currencyOf(token: string, dollar: string): string {
  const upper = token.toUpperCase();
  const symbol = SYMBOLS.find(([s]) => s === upper)?.[1] ?? upper;
  return symbol === '$' ? dollar : symbol;
}

/** The currency a bare "$" means for this context. */
function localDollar(ctx: EntityContext): string {
  const region = ctx.defaultCountry ?? /[-_](?<region>[A-Za-z]{2})\b/.exec(ctx.locale ?? '')?.groups?.['region'];
  return LOCAL_DOLLARS[(region ?? '').toUpperCase()] ?? 'USD';
}

function amountHit(text: string, n: Numeral, dollar: string): EntityHit | undefined {
  const before = BEFORE.exec(text.slice(Math.max(0, n.start - 5), n.start));
  const after = AFTER.exec(text.slice(n.end, n.end + 24));
  let currency: string | undefined;
  let factor = 1;
  let start = n.start;
  let end = n.end;
  if (before?.groups?.['cur']) {
    currency = currencyOf(before.groups['cur'], dollar);
    start = n.start - before[0].length;
  }
  if (after?.groups) {
    const g = after.groups;
    const nameIndex = NAMES.findIndex((_, i) => g[`name${i}`] !== undefined);
    const name = NAMES[nameIndex];
    const suffix = g['attached'] ? { currency: 'GBP', factor: 0.01 }
      : g['cur'] ? { currency: currencyOf(g['cur'], dollar), factor: 1 }
        : name ? { currency: name.currency === '$' ? dollar : name.currency, factor: name.factor }
          : undefined;
    if (suffix && (currency === undefined || (suffix.currency === currency && suffix.factor === 1))) {
      currency = suffix.currency;
      factor = suffix.factor;
      end = n.end + after[0].length;
    }
  }
  if (currency === undefined) return undefined;
  const amount = Math.round(n.value * factor * 1e6) / 1e6;
  return { start, end, raw: text.slice(start, end), value: { amount, currency }, score: 1 };
}

/** The `money` builtin: value `{ amount, currency }` with an ISO 4217 code; a bare "$" is the region's dollar, else USD. */
export function extractMoney(text: string, ctx: EntityContext): EntityHit[] {
  const numerals = findDigitNumerals(text, decimalSeparator(ctx.locale), true);
  numerals.push(...findWordNumerals(text, ctx.locale, 'always'));
  const dollar = localDollar(ctx);
  const hits: EntityHit[] = [];
  for (const n of numerals) {
    if (n.value < 0) continue;
    const hit = amountHit(text, n, dollar);
    if (hit) hits.push(hit);
  }
  return hits;
}
