// Smoke tests of bots with `locale: de`, `fr`, `it`, `pt` and `nl`: their words understood with and
// without accents, a date, the built-in yes and no, and the built-in messages in their language.
import { decideIntent } from '../../src/engine/decideIntent';
import { GERMAN_MESSAGES } from '../../src/language/messages/de';
import { FRENCH_MESSAGES } from '../../src/language/messages/fr';
import { ITALIAN_MESSAGES } from '../../src/language/messages/it';
import { DUTCH_MESSAGES } from '../../src/language/messages/nl';
import { PORTUGUESE_MESSAGES } from '../../src/language/messages/pt';
import { createBotNlu } from '../../src/nlu/createBotNlu';
import { loadShopBot, type ShopLanguage } from '../support/languageBots';
import { StepChat } from '../support/stepChat';

const NOW = new Date('2026-11-24T10:00:00Z');

interface Smoke {
  readonly language: ShopLanguage;
  readonly intents: ReadonlyArray<readonly [string, string]>;
  readonly dates: ReadonlyArray<readonly [string, string]>;
  readonly yes: readonly string[];
  readonly no: readonly string[];
  readonly conversation: ReadonlyArray<readonly [string, readonly string[]]>;
  readonly fallback: readonly string[];
}

const SMOKES: readonly Smoke[] = [
  {
    language: 'de',
    intents: [['Rücksendung bitte', 'return_item'], ['rucksendung', 'return_item'], ['Adresse ändern', 'change_address'], ['adresse andern', 'change_address'], ['wo sind meine Bestellungen', 'order_status'], ['zum Versand: was kostet das?', 'shipping_cost']],
    dates: [['am 3. März', '2027-03-03'], ['morgen', '2026-11-25']],
    yes: ['ja', 'klar', 'ja, natürlich'],
    no: ['nein', 'nein danke', 'lieber nicht'],
    conversation: [['Ich will das zurückgeben', ['An welchem Tag hast du die Bestellung erhalten?']], ['am 3. März', ['Erhalten am Mittwoch, 3. März 2027. Soll ich die Rücksendung starten?']], ['nein danke', ['OK, ich starte nichts.', 'Kann ich dir sonst noch helfen?']]],
    fallback: GERMAN_MESSAGES.fallback!,
  },
  {
    language: 'fr',
    intents: [["l'adresse est fausse", 'change_address'], ['changer d adresse', 'change_address'], ['Où sont mes commandes ?', 'order_status'], ['ou est ma commande', 'order_status'], ["je veux retourner l'article", 'return_item'], ['frais de port ?', 'shipping_cost']],
    dates: [['le 3 mars', '2027-03-03'], ['demain', '2026-11-25']],
    yes: ['oui', 'bien sûr', 'bien sur'],
    no: ['non', 'non merci', 'pas maintenant'],
    conversation: [["je veux retourner l'article", ['Quel jour avez-vous reçu la commande ?']], ['le 3 mars', ['Reçue le mercredi 3 mars 2027. Je lance le retour ?']], ['oui', ["C'est fait : l'étiquette de retour est en route.", 'Puis-je vous aider pour autre chose ?']]],
    fallback: FRENCH_MESSAGES.fallback!,
  },
  {
    language: 'it',
    intents: [["l'indirizzo è sbagliato", 'change_address'], ['indirizzo e sbagliato', 'change_address'], ["Dov'è il mio ordine?", 'order_status'], ['dove e il mio pacco', 'order_status'], ["voglio restituire l'articolo", 'return_item'], ['costi di spedizione?', 'shipping_cost']],
    dates: [['il 3 marzo', '2027-03-03'], ['domani', '2026-11-25']],
    yes: ['sì', 'si', 'certo', 'va bene'],
    no: ['no', 'no grazie', 'non ora'],
    conversation: [["voglio restituire l'articolo", ["Che giorno hai ricevuto l'ordine?"]], ['il 3 marzo', ['Ricevuto mercoledì 3 marzo 2027. Avvio il reso?']], ['no grazie', ['Va bene, non avvio niente.', ITALIAN_MESSAGES.anythingElse![0]!]]],
    fallback: ITALIAN_MESSAGES.fallback!,
  },
  {
    language: 'pt',
    intents: [['o endereço está errado', 'change_address'], ['mudar o endereco', 'change_address'], ['Onde está o meu pedido?', 'order_status'], ['cade meu pacote', 'order_status'], ['quero devolver o produto', 'return_item'], ['quanto custa o frete?', 'shipping_cost']],
    dates: [['3 de março', '2027-03-03'], ['amanhã', '2026-11-25']],
    yes: ['sim', 'claro', 'pode sim', 'isso mesmo'],
    no: ['não', 'nao', 'não obrigado', 'agora não'],
    conversation: [['quero devolver o produto', ['Em que dia você recebeu o pedido?']], ['3 de março', ['Recebido em quarta-feira, 3 de março de 2027. Abro a devolução?']], ['sim', ['Pronto: a etiqueta de devolução está a caminho.', PORTUGUESE_MESSAGES.anythingElse![0]!]]],
    fallback: PORTUGUESE_MESSAGES.fallback!,
  },
  {
    language: 'nl',
    intents: [['het adres klopt niet', 'change_address'], ['adres wijzigen', 'change_address'], ['Waar is mijn bestelling?', 'order_status'], ['wanneer komt mijn pakket', 'order_status'], ['ik wil het artikel retourneren', 'return_item'], ['verzendkosten?', 'shipping_cost']],
    dates: [['3 maart', '2027-03-03'], ['morgen', '2026-11-25']],
    yes: ['ja', 'ja graag', 'klopt', 'prima'],
    no: ['nee', 'nee dank je', 'niet nu'],
    conversation: [['ik wil het artikel retourneren', ['Op welke dag heb je de bestelling ontvangen?']], ['3 maart', ['Ontvangen op woensdag 3 maart 2027. Zal ik de retour starten?']], ['ja', ['Klaar: het retourlabel is onderweg.', DUTCH_MESSAGES.anythingElse![0]!]]],
    fallback: DUTCH_MESSAGES.fallback!,
  },
];

describe.each(SMOKES)('a bot whose manifest says locale: $language', (smoke) => {
  const bot = loadShopBot(smoke.language);
  const nlu = createBotNlu(bot);
  const intentOf = (text: string): string => {
    const decision = decideIntent(bot, nlu.understand(text, NOW));
    return decision.kind === 'confident' ? decision.intent : decision.kind;
  };

  it('understands its intents with and without accents', () => {
    expect(smoke.intents.map(([text]) => [text, intentOf(text)])).toEqual(smoke.intents);
  });

  it('finds dates written in its language', () => {
    expect(smoke.dates.map(([text]) => [text, nlu.understand(text, NOW).entities.find((e) => e.entity === 'date')?.value])).toEqual(smoke.dates);
  });

  it('takes its yes and no', () => {
    expect(smoke.yes.map(intentOf)).toEqual(smoke.yes.map(() => bot.globals.affirm));
    expect(smoke.no.map(intentOf)).toEqual(smoke.no.map(() => bot.globals.deny));
  });

  it('runs a return in its language, built-in messages included', () => {
    const chat = new StepChat(bot, undefined, nlu);
    for (const [text, replies] of smoke.conversation) expect([text, chat.say(text)]).toEqual([text, replies]);
  });

  it('says its own fallback to what it cannot understand', () => {
    const [reply] = new StepChat(bot, undefined, nlu).say('asdf qwer zxcv');
    expect(smoke.fallback).toContain(reply);
  });
});
