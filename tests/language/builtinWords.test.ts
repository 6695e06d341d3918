// Built-in words of the engine and the entities in the conversation's language: the yes and no buttons
// when the bot's own yes and no intents have no title, and the words that fix a weekday's week
// ("el próximo viernes", "letzten Freitag") so that such a date is not read as one that repeats.
import { parseDateTimes } from '../../src/nlu/entities/builtinDateTime';
import { createBotNlu } from '../../src/nlu/createBotNlu';
import { makeFixture } from '../support/botFixture';
import { StepChat } from '../support/stepChat';

describe('yes and no buttons', () => {
  it('are in the bot\'s language when its own yes and no intents have no title', () => {
    const fixture = makeFixture({
      'bots/shop.yaml': 'bot: shop\nname: Negozio\nlocale: it\nintents: [../intents/*.yaml]\nflows: [../flows/*.yaml]\nstart: hello\nglobals: { affirm: si, deny: no }\n',
      'intents/main.yaml': 'intents:\n  greet:\n    examples: [ciao, buongiorno]\n  track:\n    examples: [dov\'è il mio ordine, traccia il pacco]\n  si:\n    examples: [sì, certo, va bene]\n  no:\n    examples: [no, no grazie]\nentities:\n  order_id: { regex: \'#?(?<value>\\d{5})\' }\n',
      'flows/hello.yaml': 'flow: hello\ntrigger: greet\nstates:\n  start:\n    say: Ciao\n    next: end\n',
      'flows/track.yaml': 'flow: track\ntrigger: track\nslots:\n  order_id:\n    entity: order_id\n    confirm: true\n    ask: Quale ordine?\nstates:\n  start:\n    collect: [order_id]\n    next: done\n  done:\n    say: In viaggio.\n    next: end\n',
    });
    try {
      const { bot, problems } = fixture.load();
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      const chat = new StepChat(bot!, undefined, createBotNlu(bot!));
      chat.say("dov'è il mio ordine");
      chat.say('#12345');
      expect(chat.buttons).toEqual(['Sì', 'No']);
    } finally {
      fixture.remove();
    }
  });
});

describe('a weekday whose week the words fix', () => {
  const context = (locale: string) => ({ timezone: 'Europe/Madrid', now: new Date('2026-11-24T10:00:00Z'), locale });
  it.each([
    ['es', 'el próximo viernes', undefined], ['es', 'el proximo viernes', undefined], ['es', 'el viernes', 'week'],
    ['de', 'letzten Freitag', undefined], ['de', 'nächsten Freitag', undefined], ['de', 'am Freitag', 'week'],
    ['fr', 'vendredi dernier', undefined], ['fr', 'vendredi prochain', undefined], ['fr', 'vendredi', 'week'],
    ['it', 'venerdì prossimo', undefined], ['it', 'venerdì scorso', undefined], ['it', 'venerdì', 'week'],
    ['nl', 'volgende vrijdag', undefined], ['nl', 'vorige vrijdag', undefined], ['nl', 'vrijdag', 'week'],
    ['en', 'next Friday', undefined], ['en', 'Friday', 'week'],
  ])('%s: "%s" repeats: %s', (locale, text, repeats) => {
    const [found] = parseDateTimes(text, context(locale));
    expect(found?.repeats).toBe(repeats);
  });
});
