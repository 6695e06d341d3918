// Recognising a customer's request for a language by language names in English, Spanish, German and
// French, and never a message that only mentions one.
import { languagePayload, languageRequest } from '../../src/engine/languageRequest';

describe('languageRequest', () => {
  it.each([
    ['¿hablas español?', 'es'], ['habla usted inglés', 'en'], ['¿puedes hablar en inglés?', 'en'], ['en español por favor', 'es'], ['cambiar a español', 'es'], ['seguimos en francés', 'fr'], ['Español', 'es'],
    ['do you speak English?', 'en'], ['Spanish please', 'es'], ['can we speak German', 'de'], ['switch to Spanish', 'es'], ['in English please', 'en'], ['can you talk in italian', 'it'], ['Portuguese?', 'pt'],
    ['auf Deutsch bitte', 'de'], ['Sprechen Sie Englisch?', 'en'], ['Kannst du Deutsch sprechen?', 'de'], ['lieber auf Spanisch', 'es'], ['Niederländisch bitte', 'nl'],
    ["en français s'il vous plaît", 'fr'], ['parlez-vous anglais ?', 'en'], ['tu parles espagnol ?', 'es'], ['Français', 'fr'], ['FRANCAIS SVP', 'fr'],
    // Of two languages, the one asked for, not the one the customer cannot use.
    ["I don't speak English, do you speak Spanish?", 'es'],
  ])('%j asks for %s', (text, language) => {
    expect(languageRequest(text, undefined, 'en')).toEqual({ kind: 'language', language });
  });

  it.each([
    'what languages do you speak?', 'which languages?', 'do you speak other languages', '¿qué idiomas hablas?', 'welche Sprachen sprechen Sie?', 'quelles langues parlez-vous ?',
    // Not speaking the conversation's language: show what the bot speaks.
    'no hablo inglés', "I don't speak English", 'je ne parle pas anglais', 'ich spreche kein Englisch',
  ])('%j asks which languages', (text) => {
    expect(languageRequest(text, undefined, 'en')).toEqual({ kind: 'which' });
  });

  it.each([
    'my Spanish order', 'I bought a French press', 'Can I change my French order?', 'I want to change the delivery to a French address', 'Do you ship to Spanish-speaking countries?',
    'french fries', 'English muffin', 'the German shepherd toy is broken', 'is the manual in English?', 'spanish omelette recipe', 'I am taking a French course',
    'mi pedido de España', 'quiero el libro en inglés para mi hijo que estudia', 'hablar con una persona', 'ich möchte mit einem Menschen sprechen', 'je veux parler à quelqu’un',
    'speak to a person', 'where is my order', 'ok', 'no', '', '👍', '12345',
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
