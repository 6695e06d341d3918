// Correction cues in the conversation's language: "no, es pequeño", "nein, es ist klein", "non, c'est
// petit" change a slot already filled from a choice list, mid-flow; without a cue the same word, which
// does not answer the question asked, changes nothing.
import { join } from 'node:path';
import { loadBot } from '../../src/config/loadBot';
import { readsAsCorrection } from '../../src/engine/readsAsCorrection';
import { LANGUAGES } from '../../src/language/languages';
import { createBotNlu } from '../../src/nlu/createBotNlu';
import { LanguageChat } from '../support/languageChat';

const { bot } = loadBot(join(__dirname, '../fixtures/cafe/bots/cafe.yaml'));
const nlu = createBotNlu(bot!);

interface Case {
  readonly language: string;
  /** Starts an order and says it is large. */
  readonly order: readonly [string, string];
  readonly milkQuestion: string;
  readonly corrections: readonly string[];
  readonly announced: string;
  readonly bare: string;
}

const CASES: readonly Case[] = [
  { language: 'en', order: ['I would like a coffee', 'large'], milkQuestion: 'Oat or soy milk?', corrections: ["no, it's small", 'sorry, I meant small', 'actually small'], announced: 'Got it: small.', bare: 'small' },
  { language: 'es', order: ['quiero un café', 'grande'], milkQuestion: '¿Leche de avena o de soja?', corrections: ['no, es pequeño', 'perdón, quise decir pequeño', 'mejor pequeño', 'en realidad pequeño', 'perdon quise decir pequeño'], announced: 'Entendido: pequeño.', bare: 'pequeño' },
  { language: 'de', order: ['ich möchte einen Kaffee', 'groß'], milkQuestion: 'Hafer- oder Sojamilch?', corrections: ['nein, es ist klein', 'sorry, ich meinte klein', 'eigentlich klein', 'doch klein'], announced: 'Verstanden: klein.', bare: 'klein' },
  { language: 'fr', order: ['je voudrais un café', 'grand'], milkQuestion: "Lait d'avoine ou de soja ?", corrections: ["non, c'est petit", 'pardon, je voulais dire petit', 'en fait petit', 'plutôt petit', 'petit plutot'], announced: 'Bien noté : petit.', bare: 'petit' },
];

describe.each(CASES)('corrections in $language', (c) => {
  const started = (): LanguageChat => {
    const chat = new LanguageChat(bot!, nlu, c.language);
    chat.say(c.order[0]);
    expect(chat.say(c.order[1])).toEqual([c.milkQuestion]);
    expect(chat.slot('order', 'size')).toBe('large');
    return chat;
  };

  it.each(c.corrections)('"%s" changes the size while the bot asks about milk, and asks again', (text) => {
    const chat = started();
    expect(chat.say(text)).toEqual([c.announced, c.milkQuestion]);
    expect(chat.slot('order', 'size')).toBe('small');
  });

  it('leaves the size as it was when the same word comes without a cue', () => {
    const chat = started();
    chat.say(c.bare);
    expect(chat.slot('order', 'size')).toBe('large');
  });
});

describe('correction cues', () => {
  it.each([
    ['en', "no, it's #12346", true], ['en', 'not Monday but Tuesday', true], ['en', 'no thanks', false], ['en', 'I want a refund', false],
    ['es', 'no, es el jueves', true], ['es', 'no es el jueves, es el viernes', true], ['es', 'no el jueves sino el viernes', true], ['es', 'no gracias', false], ['es', 'el mejor precio', false], ['es', 'quiero devolverlo', false],
    ['de', 'nein, es ist der Donnerstag', true], ['de', 'nicht Montag, sondern Dienstag', true], ['de', 'nein danke', false], ['de', 'ich möchte zurückgeben', false],
    ['fr', "non c’est jeudi", true], ['fr', 'pas lundi mais mardi', true], ['fr', 'non merci', false], ['fr', 'je veux retourner un article', false],
    ['it', 'anzi, giovedì', true], ['pt', 'na verdade quinta', true], ['nl', 'eigenlijk donderdag', true], ['nl', 'nee dank je', false],
  ] as const)('%s: "%s" reads as a correction: %s', (code, text, expected) => {
    expect(readsAsCorrection(text, LANGUAGES[code]!)).toBe(expected);
  });

  it('are read in the conversation\'s language only', () => {
    expect(readsAsCorrection('en realidad el jueves', LANGUAGES.es!)).toBe(true);
    expect(readsAsCorrection('en realidad el jueves', LANGUAGES.en!)).toBe(false);
    expect(readsAsCorrection('actually Thursday', LANGUAGES.de!)).toBe(false);
  });
});
