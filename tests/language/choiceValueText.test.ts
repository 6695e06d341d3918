// A choice value whose words are given by language reads in a reply as its button does: a German
// customer who picked "nachmittags" reads "nachmittags" back, not the value `afternoon` that flows
// compare and actions receive.
import { createBotNlu } from '../../src/nlu/createBotNlu';
import { makeFixture } from '../support/botFixture';
import { LanguageChat } from '../support/languageChat';

const fixture = makeFixture({
  'bots/shop.yaml': 'bot: clinic\nname: Clinic\nlocale: de\nlanguages: [en, fr]\nintents: [../intents/*.yaml]\nflows: [../flows/*.yaml]\nstart: book\n',
  'intents/main.yaml': [
    'intents:',
    '  book:',
    '    examples: { de: [termin buchen, ich möchte einen termin], en: [book an appointment, I want an appointment], fr: [prendre rendez-vous, je voudrais un rendez-vous] }',
  ].join('\n'),
  'flows/hello.yaml': null,
  'flows/track.yaml': null,
  'flows/book.yaml': [
    'flow: book',
    'trigger: book',
    'slots:',
    '  slot:',
    '    choices:',
    '      morning: { de: [vormittags], en: [morning], fr: [matin] }',
    '      afternoon: { de: [nachmittags], en: [afternoon], fr: [après-midi] }',
    '      late: [spät, late, tard]',
    '    ask: { de: Vormittags oder nachmittags?, en: Morning or afternoon?, fr: Le matin ou l\'après-midi ? }',
    'states:',
    '  start:',
    '    collect: [slot]',
    '    next: done',
    '  done:',
    '    say: { de: "Gebucht: {{slot}}.", en: "Booked: {{slot}}.", fr: "Réservé : {{slot}}." }',
    '    next: end',
  ].join('\n'),
});

afterAll(() => fixture.remove());

describe('a choice value in a reply', () => {
  const { bot, problems } = fixture.load({ code: null });
  if (!bot) throw new Error(problems.map((p) => `${p.code} ${p.file}:${p.line} ${p.message}`).join('\n'));
  const nlu = createBotNlu(bot);

  it.each([
    ['de', 'termin buchen', 'nachmittags', 'Gebucht: nachmittags.'],
    ['en', 'book an appointment', 'afternoon', 'Booked: afternoon.'],
    ['fr', 'prendre rendez-vous', 'après-midi', 'Réservé : après-midi.'],
    ['fr', 'prendre rendez-vous', 'matin', 'Réservé : matin.'],
    ['fr', 'prendre rendez-vous', "l'après-midi", 'Réservé : après-midi.'],
  ])('reads in the conversation\'s language (%s) as its button does, the value staying as stored', (language, ask, answer, said) => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const chat = new LanguageChat(bot!, nlu, language);
    chat.say(ask);
    chat.say(answer);
    expect(chat.replies).toContain(said);
    expect(chat.slot('book', 'slot')).toBe(answer === 'matin' ? 'morning' : 'afternoon');
  });

  it('reads as the value when its words are one list for every language', () => {
    const chat = new LanguageChat(bot!, nlu, 'fr');
    chat.say('prendre rendez-vous');
    chat.say('tard');
    expect(chat.replies).toContain('Réservé : late.');
  });
});
