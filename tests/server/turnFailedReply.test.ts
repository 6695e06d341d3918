// The apology for a turn that could not be run is said in the language the request names (a REST
// body's `language` or `locale`, an activity's `locale`) when the bot serves it, else in its main one.
import { join } from 'node:path';
import { loadBot } from '../../src/config/loadBot';
import { requestLanguage, turnFailedReply } from '../../src/server/turnFailedReply';

const bot = loadBot(join(__dirname, '../fixtures/bilingual/bots/shop.yaml')).bot!;
const english = turnFailedReply(bot, 'c1').text;

describe('turnFailedReply', () => {
  it('apologises in the language the request names, when the bot serves it', () => {
    const spanish = turnFailedReply(bot, 'c1', 'es-MX').text;
    expect(spanish).toBe(turnFailedReply(bot.byLanguage.es!, 'c1').text);
    expect(spanish).not.toBe(english);
    expect(turnFailedReply(bot, 'c1', requestLanguage({ language: 'es', locale: 'en-GB' })).text).toBe(spanish);
    expect(turnFailedReply(bot, 'c1', requestLanguage({ locale: 'es-ES' })).text).toBe(spanish);
  });

  it('apologises in the main language for a language the bot does not serve, or a hint that is not one', () => {
    for (const hint of ['de-DE', undefined, 42, '', 'x'.repeat(100), requestLanguage('text'), requestLanguage(null)]) {
      expect(turnFailedReply(bot, 'c1', hint).text).toBe(english);
    }
  });
});
