// Recognising a customer's request for a language by language names in English, Spanish, German,
// French, Italian, Portuguese and Dutch, and never a message that only mentions one; nor a button of another kind, a pending choice
// named like a language, or a message to an agent.
import { join } from 'node:path';
import { loadBot } from '../../src/config/loadBot';
import { languagePayload, languageRequest } from '../../src/engine/languageRequest';
import { languageRequestIn } from '../../src/engine/languageRequestIn';
import { createBotNlu } from '../../src/nlu/createBotNlu';
import { createRuntime } from '../../src/runtime/createRuntime';
import { createMemoryStore } from '../../src/store/memoryStore';

describe('languageRequest', () => {
  it.each([
    ['¿hablas español?', 'es'], ['habla usted inglés', 'en'], ['¿puedes hablar en inglés?', 'en'], ['en español por favor', 'es'], ['cambiar a español', 'es'], ['seguimos en francés', 'fr'], ['Español', 'es'],
    ['do you speak English?', 'en'], ['Spanish please', 'es'], ['can we speak German', 'de'], ['switch to Spanish', 'es'], ['in English please', 'en'], ['can you talk in italian', 'it'], ['Portuguese?', 'pt'],
    ['auf Deutsch bitte', 'de'], ['Sprechen Sie Englisch?', 'en'], ['Kannst du Deutsch sprechen?', 'de'], ['lieber auf Spanisch', 'es'], ['Niederländisch bitte', 'nl'],
    ["en français s'il vous plaît", 'fr'], ['parlez-vous anglais ?', 'en'], ['tu parles espagnol ?', 'es'], ['Français', 'fr'], ['FRANCAIS SVP', 'fr'],
    ['parli inglese?', 'en'], ['parla italiano?', 'it'], ['in italiano per favore', 'it'], ['possiamo passare al tedesco', 'de'], ['scrivimi in spagnolo', 'es'],
    ['fala português?', 'pt'], ['você fala inglês?', 'en'], ['em português por favor', 'pt'], ['muda para inglês', 'en'], ['portugues', 'pt'],
    ['spreekt u Nederlands?', 'nl'], ['spreek je Engels?', 'en'], ['in het Nederlands graag', 'nl'], ['kun je in het Frans antwoorden', 'fr'], ['schakel over naar het Engels', 'en'],
    // Of two languages, the one asked for, not the one the customer cannot use.
    ["I don't speak English, do you speak Spanish?", 'es'],
  ])('%j asks for %s', (text, language) => {
    expect(languageRequest(text, undefined, 'en')).toEqual({ kind: 'language', language });
  });

  it.each([
    'what languages do you speak?', 'which languages?', 'do you speak other languages', '¿qué idiomas hablas?', 'welche Sprachen sprechen Sie?', 'quelles langues parlez-vous ?',
    // Not speaking the conversation's language: show what the bot speaks.
    'no hablo inglés', "I don't speak English", 'je ne parle pas anglais', 'ich spreche kein Englisch',
    'quali lingue parli?', 'non parlo inglese', 'que idiomas você fala?', 'não falo inglês', 'welke talen spreek je?', 'ik spreek geen Engels',
  ])('%j asks which languages', (text) => {
    expect(languageRequest(text, undefined, 'en')).toEqual({ kind: 'which' });
  });

  it.each([
    'my Spanish order', 'I bought a French press', 'Can I change my French order?', 'I want to change the delivery to a French address', 'Do you ship to Spanish-speaking countries?',
    'french fries', 'English muffin', 'the German shepherd toy is broken', 'is the manual in English?', 'spanish omelette recipe', 'I am taking a French course',
    'mi pedido de España', 'quiero el libro en inglés para mi hijo que estudia', 'hablar con una persona', 'ich möchte mit einem Menschen sprechen', 'je veux parler à quelqu’un',
    'speak to a person', 'where is my order', 'ok', 'no', '', '👍', '12345',
    'il mio ordine dalla Germania', 'ho comprato una moka italiana', 'voglio parlare con un operatore', 'o meu pedido de Portugal', 'quero falar com um atendente', 'um curso de inglês',
    'ik wil met een medewerker praten', 'een Franse kaas', 'waar is mijn bestelling', 'les Frans voor mijn zoon',
  ])('%j asks for no language', (text) => {
    expect(languageRequest(text, undefined, 'en')).toBeUndefined();
  });

  it('takes a language button\'s reserved payload, `language:xx`, whatever its title', () => {
    expect(languagePayload('es')).toBe('language:es');
    expect(languageRequest('Español', 'language:es')).toEqual({ kind: 'language', language: 'es' });
    expect(languageRequest('', 'language:ja')).toEqual({ kind: 'language', language: 'ja' });
    expect(languageRequest('', 'language:')).toBeUndefined();
    expect(languageRequest('', 'choice:0')).toBeUndefined();
  });

  it('reads no request in long messages that only mention a language among other things', () => {
    expect(languageRequest('I ordered the Spanish edition and the English one but only one arrived and the box was damaged, do you speak to the courier')).toBeUndefined();
  });
});

describe('languageRequestIn', () => {
  const bot = loadBot(join(__dirname, '../fixtures/bilingual/bots/shop.yaml')).bot!;
  const message = (text: string, payload?: string) => ({ type: 'message' as const, at: '2026-11-24T10:00:00Z', text, ...(payload !== undefined ? { payload } : {}), understanding: { intents: [], outOfScope: true, byPattern: false, entities: [], sentiment: 0, truncated: false } });

  it('leaves a pressed button of another kind, a pending choice named like a language, and a handoff alone', async () => {
    const runtime = createRuntime({ bot, nlu: createBotNlu(bot), store: createMemoryStore() });
    await runtime.start('r-1');
    const { state } = await runtime.message('r-1', { text: 'I want to complain' });
    expect(languageRequestIn(bot, state, message('Español'))).toEqual({ kind: 'language', language: 'es' });
    expect(languageRequestIn(bot, state, message('Español', 'choice:0'))).toBeUndefined();
    expect(languageRequestIn(bot, state, message('', 'language:es'))).toEqual({ kind: 'language', language: 'es' });
    // A flow whose own choice is titled "English": the word answers it.
    const offer = bot.flows.complain!.states.offer!;
    const withEnglish = { ...bot, flows: { ...bot.flows, complain: { ...bot.flows.complain!, states: { ...bot.flows.complain!.states, offer: { ...offer, choices: [{ ...(offer as Extract<typeof offer, { kind: 'ask' }>).choices[0]!, title: 'English' }] } } } } } as typeof bot;
    expect(languageRequestIn(withEnglish, state, message('English'))).toBeUndefined();
    expect(languageRequestIn(bot, { ...state, status: 'handoff' }, message('¿hablas español?'))).toBeUndefined();
  });
});
