// The language Baton's page opens in for a bot of several languages (English and Spanish): the page's
// ?locale=, else the browser's most wanted language the bot serves, else the main one; and the words
// of each language, the bot's own over its main language's only.
import { openingLanguage, wordsByLanguage } from '../../../adapters/webchat/pageLanguages';
import { ENGLISH_PAGE_WORDS } from '../../../adapters/webchat/pageWords';
import { SPANISH_PAGE_WORDS } from '../../../adapters/webchat/words/spanishPageWords';
import { bilingualBot } from '../../support/bilingualBot';

const { bot } = bilingualBot();

describe('the language a bot of several languages\' page opens in', () => {
  it.each([
    ['?locale=es-MX', 'es-MX', undefined, { code: 'es', tag: 'es-MX' }],
    ['?locale= over the browser', 'es', 'en-GB,en;q=0.9', { code: 'es', tag: 'es' }],
    ['a ?locale= the bot does not serve, then the browser', 'de-DE', 'es-ES,es;q=0.9', { code: 'es', tag: 'es-ES' }],
    ['a ?locale= that is not a tag, then the browser', 'es-ES"><script>', 'es-US', { code: 'es', tag: 'es-US' }],
    ['the main language from the browser in the bot\'s own locale', null, 'en-US,es;q=0.5', { code: 'en' }],
    ['the browser\'s first language the bot serves', null, 'de-DE,de;q=0.9,es;q=0.8,en;q=0.7', { code: 'es', tag: 'es' }],
    ['the browser\'s languages by their weights, not their order', null, 'en;q=0.5,es-AR;q=0.9', { code: 'es', tag: 'es-AR' }],
    ['not a language the browser refuses (q=0)', null, 'es;q=0,fr', { code: 'en' }],
    ['the main language when nothing is said', null, undefined, { code: 'en' }],
    ['the main language when the header is nonsense', null, ';;,q=1,*', { code: 'en' }],
  ])('takes %s', (_case, asked, acceptLanguage, expected) => {
    expect(openingLanguage(bot, asked, acceptLanguage)).toEqual(expected);
  });
});

describe('the words of a bot of several languages\' page', () => {
  it('are the catalogue of each language the bot serves', () => {
    expect(wordsByLanguage(bot)).toEqual({ en: ENGLISH_PAGE_WORDS, es: SPANISH_PAGE_WORDS });
  });

  it('put the bot\'s own words, written in its main language, over the main language\'s only', () => {
    const own = { ...bot, webchat: { words: { statusOnline: 'Ready to help' } } };
    const words = wordsByLanguage(own);
    expect(words.en!.statusOnline).toBe('Ready to help');
    expect(words.es!.statusOnline).toBe(SPANISH_PAGE_WORDS.statusOnline);
  });
});
