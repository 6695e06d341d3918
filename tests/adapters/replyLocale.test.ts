// The locale the channels' replies carry, and which locales a channel sends are taken as hints.
import { localeHint, replyLocale } from '../../adapters/replyLocale';

describe('the locale of a reply', () => {
  it('is the client\'s tag when it names the conversation\'s language, else the language\'s code', () => {
    expect(replyLocale('es', 'es-ES')).toBe('es-ES');
    expect(replyLocale('es', 'ES_mx')).toBe('ES_mx');
    expect(replyLocale('es', 'en-GB')).toBe('es');
    expect(replyLocale('en', undefined)).toBe('en');
  });

  it('is none for a conversation without a language of its own (a one-language bot\'s)', () => {
    expect(replyLocale(undefined, 'es-ES')).toBeUndefined();
  });
});

describe('a channel\'s locale as a hint', () => {
  it.each(['es', 'es-ES', 'pt_BR', 'zh-Hant-TW', 'en-US-x-twain'])('takes %s', (tag) => {
    expect(localeHint(tag)).toBe(tag);
  });
  it.each([42, null, ['es'], '', 'e', 'español', 'es ES', 'es-ES<', 'x'.repeat(40), 'es-ES-a-b-c-d'])('ignores %j', (value) => {
    expect(localeHint(value)).toBeUndefined();
  });
});
