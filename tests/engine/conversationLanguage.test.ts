// Which language a turn speaks: the customer's choice sticks, their words outrank the channel, the
// channel's locale applies until then, and only the bot's languages count.
import { join } from 'node:path';
import { loadBot } from '../../src/config/loadBot';
import { conversationLanguage } from '../../src/engine/conversationLanguage';

const bot = loadBot(join(__dirname, '../fixtures/bilingual/bots/shop.yaml')).bot!;

describe('conversationLanguage', () => {
  it('starts in the bot\'s main language when nothing says otherwise', () => {
    expect(conversationLanguage(bot, {})).toEqual({ language: 'en' });
  });

  it('takes the channel\'s locale when the bot serves it, and ignores one it does not', () => {
    expect(conversationLanguage(bot, {}, { locale: 'es-ES' })).toEqual({ language: 'es', from: 'channel' });
    expect(conversationLanguage(bot, { language: 'en' }, { locale: 'de-DE' })).toEqual({ language: 'en' });
    expect(conversationLanguage(bot, { language: 'es', languageFrom: 'channel' }, { locale: 'en-US' })).toEqual({ language: 'en', from: 'channel' });
  });

  it('lets the customer\'s words outrank the channel, and the channel never undo them', () => {
    expect(conversationLanguage(bot, { language: 'en', languageFrom: 'channel' }, { detected: 'es', locale: 'en-US' })).toEqual({ language: 'es', from: 'detected' });
    expect(conversationLanguage(bot, { language: 'es', languageFrom: 'detected' }, { locale: 'en-US' })).toEqual({ language: 'es', from: 'detected' });
  });

  it('keeps a language the customer chose against detection and the channel, until they choose again', () => {
    const chosen = { language: 'es', languageFrom: 'customer' } as const;
    expect(conversationLanguage(bot, chosen, { detected: 'en', locale: 'en-GB' })).toEqual({ language: 'es', from: 'customer' });
    expect(conversationLanguage(bot, chosen, { asked: 'en' })).toEqual({ language: 'en', from: 'customer' });
    expect(conversationLanguage(bot, chosen, { asked: 'fr' })).toEqual({ language: 'es', from: 'customer' });
  });

  it('falls back to the main language when the bot no longer serves the one kept', () => {
    expect(conversationLanguage(bot, { language: 'it', languageFrom: 'customer' }, { locale: 'it-IT' })).toEqual({ language: 'en' });
  });
});
