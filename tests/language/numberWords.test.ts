// Number words in the conversation's language: the `number` and `money` builtins read "cinco euros",
// "veintitrés", "zweiundzwanzig" and "quatre-vingt-dix", accent-blind; an indefinite article ("un", "ein",
// "une") is a number only when it is the whole answer, as English "a" never is one.
import { join } from 'node:path';
import { loadBot } from '../../src/config/loadBot';
import { createBotNlu } from '../../src/nlu/createBotNlu';
import { extractMoney } from '../../src/nlu/entities/builtinMoney';
import { extractNumbers } from '../../src/nlu/entities/builtinNumber';
import { LanguageChat } from '../support/languageChat';

const context = (locale: string) => ({ timezone: 'UTC', now: new Date('2026-11-24T10:00:00Z'), locale });
const numbers = (locale: string, text: string) => extractNumbers(text, context(locale)).map((h) => [h.raw, h.value]);
const money = (locale: string, text: string) => extractMoney(text, context(locale)).map((h) => [h.raw, h.value]);

type Case = readonly [text: string, found: ReadonlyArray<readonly [string, number]>];

const BY_LANGUAGE: ReadonlyArray<readonly [string, readonly Case[]]> = [
  ['es', [
    ['veintitrés', [['veintitrés', 23]]], ['veintitres', [['veintitres', 23]]], ['treinta y dos tazas', [['treinta y dos', 32]]],
    ['veintiún pedidos', [['veintiún', 21]]], ['ciento veinte', [['ciento veinte', 120]]], ['doscientas cincuenta y una', [['doscientas cincuenta y una', 251]]],
    ['uno de mis pedidos', [['uno', 1]]], ['una', [['una', 1]]], ['¡Una!', [['Una', 1]]],
    ['quiero un café', []], ['una taza de té', []], ['cada uno', []], ['Cero', [['Cero', 0]]],
  ]],
  ['de', [
    ['zweiundzwanzig', [['zweiundzwanzig', 22]]], ['einundzwanzig', [['einundzwanzig', 21]]], ['dreißig', [['dreißig', 30]]], ['dreissig', [['dreissig', 30]]],
    ['fünfzehn Stück', [['fünfzehn', 15]]], ['funfzehn', [['funfzehn', 15]]], ['zweihundertdreiundzwanzig', [['zweihundertdreiundzwanzig', 223]]], ['eins', [['eins', 1]]],
    ['eine', [['eine', 1]]], ['ich habe ein Paket', []], ['einen Moment', []],
  ]],
  ['fr', [
    ['quatre-vingt-dix', [['quatre-vingt-dix', 90]]], ['quatre vingt dix', [['quatre vingt dix', 90]]], ['soixante et onze', [['soixante et onze', 71]]],
    ['soixante-et-onze', [['soixante-et-onze', 71]]], ['vingt et un', [['vingt et un', 21]]], ['quatre-vingts', [['quatre-vingts', 80]]], ['dix-sept', [['dix-sept', 17]]],
    ['septante-deux', [['septante-deux', 72]]], ['deux cents', [['deux cents', 200]]], ['une', [['une', 1]]], ['un colis abîmé', []], ['un colis neuf', []], ['neuf', [['neuf', 9]]], ['dix-neuf', [['dix-neuf', 19]]], ['zéro', [['zéro', 0]]],
  ]],
  ['it', [['ventitré', [['ventitré', 23]]], ['ventotto', [['ventotto', 28]]], ['trentuno', [['trentuno', 31]]], ['un pacco', []], ['sei sicuro?', []], ['sei', [['sei', 6]]], ['ventisei', [['ventisei', 26]]]]],
  ['pt', [['vinte e dois', [['vinte e dois', 22]]], ['dezasseis', [['dezasseis', 16]]], ['dezesseis', [['dezesseis', 16]]], ['um pedido', []]]],
  ['nl', [['tweeëntwintig', [['tweeëntwintig', 22]]], ['tweeentwintig', [['tweeentwintig', 22]]], ['één pakket', [['één', 1]]], ['een pakket', []]]],
];

describe.each(BY_LANGUAGE)('number words in %s', (locale, cases) => {
  it.each(cases)('"%s"', (text, found) => {
    expect(numbers(locale, text)).toEqual(found);
  });
});

describe('number words by the conversation\'s language', () => {
  it('are read only in the language of the locale (es-ES is Spanish, English words are not Spanish numbers)', () => {
    expect(numbers('es-ES', 'cinco')).toEqual([['cinco', 5]]);
    expect(numbers('es', 'five')).toEqual([]);
    expect(numbers('en', 'cinco')).toEqual([]);
    expect(numbers('de', 'cinco')).toEqual([]);
    expect(numbers('en-GB', 'twenty-one')).toEqual([['twenty-one', 21]]);
  });

  it('keep digits beside words', () => {
    expect(numbers('es', 'quiero 5, no, seis')).toEqual([['5', 5], ['seis', 6]]);
  });
});

describe('amounts in words', () => {
  it.each([
    ['es', 'cinco euros', 'cinco euros', { amount: 5, currency: 'EUR' }],
    ['es', 'veinte dólares', 'veinte dólares', { amount: 20, currency: 'USD' }],
    ['es', 'cincuenta céntimos', 'cincuenta céntimos', { amount: 0.5, currency: 'EUR' }],
    ['es', 'treinta libras', 'treinta libras', { amount: 30, currency: 'GBP' }],
    ['de', 'zweiundzwanzig Euro', 'zweiundzwanzig Euro', { amount: 22, currency: 'EUR' }],
    ['de', 'dreißig Franken', 'dreißig Franken', { amount: 30, currency: 'CHF' }],
    ['fr', 'quatre-vingt-dix euros', 'quatre-vingt-dix euros', { amount: 90, currency: 'EUR' }],
    ['fr', 'soixante et onze centimes', 'soixante et onze centimes', { amount: 0.71, currency: 'EUR' }],
    ['fr', 'neuf euros', 'neuf euros', { amount: 9, currency: 'EUR' }],
    ['it', 'sei euro', 'sei euro', { amount: 6, currency: 'EUR' }],
  ] as const)('%s: "%s"', (locale, text, raw, value) => {
    expect(money(locale, text)).toEqual([[raw, value]]);
  });

  it('read an article before a currency as one ("un euro de más"), and none without a currency', () => {
    expect(money('es', 'me cobraron un euro de más')).toEqual([['un euro', { amount: 1, currency: 'EUR' }]]);
    expect(money('fr', 'une livre')).toEqual([['une livre', { amount: 1, currency: 'GBP' }]]);
    expect(money('de', 'ein Euro')).toEqual([['ein Euro', { amount: 1, currency: 'EUR' }]]);
    expect(money('es', 'un café y una tarta')).toEqual([]);
  });
});

describe('number words filling slots in the conversation\'s language', () => {
  const { bot } = loadBot(join(__dirname, '../fixtures/cafe/bots/cafe.yaml'));
  const nlu = createBotNlu(bot!);

  it.each([
    ['es', ['quiero un café', 'grande', 'avena'], 'veintitrés', 23, 'cinco euros', { amount: 5, currency: 'EUR' }],
    ['es', ['quiero un café', 'grande', 'avena'], 'una', 1, 'un euro', { amount: 1, currency: 'EUR' }],
    ['de', ['ich möchte einen Kaffee', 'groß', 'hafer'], 'zweiundzwanzig', 22, 'dreißig Euro', { amount: 30, currency: 'EUR' }],
    ['de', ['ich möchte einen Kaffee', 'groß', 'hafer'], 'eine', 1, 'einundzwanzig Euro', { amount: 21, currency: 'EUR' }],
    ['fr', ['je voudrais un café', 'grand', 'avoine'], 'quatre-vingt-dix', 90, 'soixante et onze centimes', { amount: 0.71, currency: 'EUR' }],
    ['fr', ['je voudrais un café', 'grand', 'avoine'], 'une', 1, 'deux euros', { amount: 2, currency: 'EUR' }],
  ] as const)('%s: %j, then "%s" cups and "%s"', (language, before, cups, count, tip, amount) => {
    const chat = new LanguageChat(bot!, nlu, language);
    for (const text of before) chat.say(text);
    chat.say(cups);
    expect(chat.slot('order', 'cups')).toBe(count);
    chat.say(tip);
    expect(chat.slot('order', 'tip')).toEqual(amount);
  });

  it.each([
    ['es', 'quiero un café grande'],
    ['de', 'ich möchte einen Kaffee, groß'],
    ['fr', 'je voudrais un café, grand'],
  ])('%s: the article of "%s" fills no number: the bot still asks how many', (language, text) => {
    const chat = new LanguageChat(bot!, nlu, language);
    chat.say(text);
    expect(chat.slot('order', 'size')).toBe('large');
    expect(chat.slot('order', 'cups')).toBeUndefined();
  });
});
