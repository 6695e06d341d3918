// Smoke tests of bots with `locale: de` and `locale: fr`: their words understood with and without
// accents, a date, the built-in yes and no, and the built-in messages in their language.
import { decideIntent } from '../../src/engine/decideIntent';
import { GERMAN_MESSAGES } from '../../src/language/messages/de';
import { FRENCH_MESSAGES } from '../../src/language/messages/fr';
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
