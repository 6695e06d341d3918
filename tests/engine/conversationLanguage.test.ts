// Which language a turn speaks: the customer's choice sticks, their words outrank the channel, the
// channel's locale applies until then, and only the bot's languages count.
import { join } from 'node:path';
import { loadBot } from '../../src/config/loadBot';
import { conversationLanguage } from '../../src/engine/conversationLanguage';
import { step } from '../../src/engine/step';
import { createBotNlu } from '../../src/nlu/createBotNlu';
import { manualClock } from '../../src/runtime/clock';
import { createRuntime } from '../../src/runtime/createRuntime';
import { createMemoryStore } from '../../src/store/memoryStore';

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

describe('a conversation whose language the bot no longer serves', () => {
  it('goes on in the main language, with no source kept that would make it stick', async () => {
    const { state } = await createRuntime({ bot, nlu: createBotNlu(bot), store: createMemoryStore(), clock: manualClock('2026-11-24T10:00:00Z') }).start('c1');
    const next = step(bot, { ...state, language: 'it', languageFrom: 'customer' }, { type: 'timer', at: '2026-11-24T10:01:00Z', name: 'idle' }).state;
    expect(next.language).toBe('en');
    expect(next.languageFrom).toBeUndefined();
  });
});
