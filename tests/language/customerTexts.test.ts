// Every text customers see may be given by language: a card's title, subtitle, body and link buttons,
// and the name customers hear a webhook called when it fails. Texts only agents read (a slot's label)
// stay in the bot's main language.
import { join } from 'node:path';
import { loadBot } from '../../src/config/loadBot';
import { createBotNlu } from '../../src/nlu/createBotNlu';
import { makeFixture } from '../support/botFixture';
import { LanguageChat } from '../support/languageChat';

const MANIFEST = join(__dirname, '../fixtures/cafe/bots/cafe.yaml');
const { bot, problems } = loadBot(MANIFEST);
const nlu = createBotNlu(bot!);

/** Orders a small oat coffee in `language` up to the stock check. */
function orderUpToStockCheck(language: string, messages: readonly string[]): LanguageChat {
  const chat = new LanguageChat(bot!, nlu, language);
  for (const text of messages) chat.say(text);
  expect(chat.effects).toContainEqual(expect.objectContaining({ type: 'call', action: 'stock' }));
  return chat;
}

const ORDERS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['en', ['I would like a coffee', 'small', 'oat', '2', '€1']],
  ['es', ['quiero un café', 'pequeño', 'avena', '2', '1 €']],
  ['de', ['ich möchte einen Kaffee', 'klein', 'hafer', '2', '1 €']],
  ['fr', ['je voudrais un café', 'petit', 'avoine', '2', '1 €']],
];

describe('customer-facing texts by language', () => {
  it('load, warning at the one link button given only in English', () => {
    expect(bot).toBeDefined();
    expect(problems.map((p) => `${p.severity} ${p.code} ${p.file.replace(/^.*fixtures\//, '')}:${p.line}:${p.col} ${p.path}`)).toEqual([
      'warning BATON_MISSING_TRANSLATION cafe/flows/order.yaml:39:20 states.done.card.links[1].title',
    ]);
  });

  it.each([
    ['en', { title: 'Your order of 2', subtitle: 'Ready in five minutes', text: 'Collect it at the counter.', links: ['Track it', 'Menu'] }],
    ['es', { title: 'Tu pedido de 2', subtitle: 'Listo en cinco minutos', text: 'Recógelo en el mostrador.', links: ['Seguirlo', 'Menu'] }],
    ['de', { title: 'Deine Bestellung: 2', subtitle: 'In fünf Minuten fertig', text: 'Hol ihn an der Theke ab.', links: ['Verfolgen', 'Menu'] }],
    ['fr', { title: 'Votre commande de 2', subtitle: 'Prêt dans cinq minutes', text: 'Retirez-le au comptoir.', links: ['Suivre', 'Menu'] }],
  ] as const)('show a card in the conversation\'s language (%s), its slots filled in and the untranslated button in English', (language, card) => {
    const chat = orderUpToStockCheck(language, ORDERS.find(([code]) => code === language)![1]);
    chat.answerCall('ok');
    expect(chat.cards).toEqual([{ title: card.title, subtitle: card.subtitle, text: card.text, image: 'https://example.com/cup.png', links: card.links.map((title, i) => ({ title, url: i === 0 ? 'https://example.com/track' : 'https://example.com/menu' })) }]);
  });

  it.each([
    ['en', "I couldn't reach our stock system just now."],
    ['es', 'No he podido conectar con nuestro sistema de existencias ahora mismo.'],
    ['de', 'Ich konnte unser Lagersystem gerade nicht erreichen.'],
    ['fr', "Je n'ai pas pu joindre notre système de stock pour le moment."],
  ])('name a failed webhook by its title in the conversation\'s language (%s)', (language, said) => {
    const chat = orderUpToStockCheck(language, ORDERS.find(([code]) => code === language)![1]);
    expect(chat.answerCall('error')[0]).toBe(said);
  });

  it.each([
    ['en', 'how many points do I have', "I couldn't reach our systems just now."],
    ['es', 'cuántos puntos tengo', 'No he podido conectar con nuestros sistemas ahora mismo.'],
    ['de', 'wie viele Punkte habe ich', 'Ich konnte unsere Systeme gerade nicht erreichen.'],
    ['fr', 'combien de points ai-je', "Je n'ai pas pu joindre nos systèmes pour le moment."],
  ])('call a webhook without a title "our systems" in the conversation\'s language (%s)', (language, text, said) => {
    const chat = new LanguageChat(bot!, nlu, language);
    chat.say(text);
    expect(chat.answerCall('error')[0]).toBe(said);
  });

  it.each([
    ['en', 'I would like a coffee', ['small', 'large'], 'small', ['oat', 'soy']],
    ['es', 'quiero un café', ['pequeño', 'grande'], 'chico', ['oat', 'soy']],
    ['de', 'ich möchte einen Kaffee', ['klein', 'groß'], 'klein', ['oat', 'soy']],
    ['fr', 'je voudrais un café', ['petit', 'grand'], 'petit', ['oat', 'soy']],
  ])('title a choice slot\'s buttons with its words in the conversation\'s language where given by language (%s); values stay as stored', (language, order, sizes, typed, milks) => {
    const chat = new LanguageChat(bot!, nlu, language);
    chat.say(order);
    expect(chat.buttons).toEqual(sizes);
    chat.say(typed);
    expect(chat.slot('order', 'size')).toBe('small');
    // The milk's words are one list in all languages: its buttons show the values, and no warning asks for a translation.
    expect(chat.buttons).toEqual(milks);
  });

  it('keep a slot\'s label, which agents and summaries read, in the bot\'s main language in every language', () => {
    expect(['en', 'es', 'de', 'fr'].map((code) => (code === 'en' ? bot! : bot!.byLanguage[code]!).flows.order!.slots.size!.label)).toEqual(['Size', 'Size', 'Size', 'Size']);
  });

  it('refuse a label given by language, at its place', () => {
    const fixture = makeFixture({
      'bots/shop.yaml': 'bot: shop\nname: Shop\nlocale: en\nlanguages: [es]\nintents: [../intents/*.yaml]\nflows: [../flows/*.yaml]\nstart: hello\n',
      'intents/main.yaml': 'intents:\n  greet:\n    examples: { en: [hi, hello], es: [hola, buenas] }\n',
      'flows/hello.yaml': 'flow: hello\ntrigger: greet\nslots:\n  name:\n    label: @@{ en: Name, es: Nombre }\n    choices: [ann, bob]\n    ask: { en: Your name?, es: ¿Tu nombre? }\nstates:\n  start:\n    collect: [name]\n    next: end\n',
    });
    try {
      const { bot: refused, problems: found } = fixture.load();
      expect(refused).toBeUndefined();
      const marker = fixture.markers[0]!;
      expect(found.filter((p) => p.severity === 'error').map((p) => `${p.code} ${fixture.rel(p.file)}:${p.line}:${p.col}`)).toEqual([`BATON_SCHEMA_TYPE ${marker.file}:${marker.line}:${marker.col}`]);
    } finally {
      fixture.remove();
    }
  });
});
