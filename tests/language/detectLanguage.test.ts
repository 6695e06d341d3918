// Detection among a bot's languages from its models' own evidence: confident on words only one of the
// languages uses (or uses much more), abstaining on "ok", "no", names, order numbers and emoji.
import { join } from 'node:path';
import { loadBot } from '../../src/config/loadBot';
import { botLanguageDetector } from '../../src/language/botLanguageDetector';
import { createLanguageDetector } from '../../src/language/detectLanguage';
import { languageByCode } from '../../src/language/languageOf';

const evidence = (code: string, texts: string[]) => ({ code, language: languageByCode(code), texts });
const detector = createLanguageDetector([
  evidence('en', [
    'where is my order', 'thanks a lot', 'thank you', 'yes please', 'no thanks', 'hello', 'gracias',
    'I would like to know where my parcel is right now', 'can you help me change the delivery address of my last order please',
    'the package arrived damaged and I want my money back', 'how long does shipping take to get here',
  ]),
  evidence('es', ['dónde está mi pedido', 'gracias', 'muchas gracias', 'no gracias', 'sí por favor', 'hola', 'vale']),
  evidence('de', ['wo ist meine bestellung', 'danke', 'vielen dank', 'ja bitte', 'nein danke', 'hallo']),
  evidence('fr', ['où est ma commande', 'merci', 'merci beaucoup', 'oui merci', 'non merci', 'bonjour']),
]);

describe('createLanguageDetector', () => {
  it.each([
    ['hola', ['en', 'es'], 'es'],
    ['mi pedido', ['en', 'es'], 'es'],
    ['where is my order', ['en', 'es'], 'en'],
    ['danke', ['en', 'de'], 'de'],
    ['merci beaucoup', ['en', 'fr'], 'fr'],
    ['vale', ['en', 'es', 'de', 'fr'], 'es'],
    // A letter only Spanish writes among the candidates: "sí".
    ['sí', ['en', 'es'], 'es'],
    // English examples hold "gracias" once; Spanish ones use it far more: it is a Spanish word.
    ['gracias', ['en', 'es'], 'es'],
  ])('%s among %j is %s', (text, among, expected) => {
    expect(detector.detect(text, { among }).language).toBe(expected);
  });

  it.each(['ok', 'OK!', 'no', 'okay', 'hmm', '12345', '#48213', 'AB-99812', 'Maria', '👍', '🙂🙂', '?', '', 'ok 12345'])('abstains on %j', (text) => {
    expect(detector.detect(text, { among: ['en', 'es', 'de', 'fr'] }).language).toBeUndefined();
    expect(detector.detect(text, { among: ['en', 'es'] }).language).toBeUndefined();
  });

  it('abstains on a tie: a mixed message with as much of each language', () => {
    const detection = detector.detect('hola hello', { among: ['en', 'es'] });
    expect(detection.language).toBeUndefined();
    expect(detection.scores).toEqual({ en: 1, es: 1 });
  });

  it('never fails on transliterated, mixed-script or very long messages', () => {
    expect(() => detector.detect('privet, gde moy zakaz? Привет! 你好 مرحبا')).not.toThrow();
    expect(detector.detect('x'.repeat(100_000)).language).toBeUndefined();
    expect(detector.detect('where is my order '.repeat(5000), { among: ['en', 'es'] }).language).toBe('en');
  });

  it('chooses among its known languages only', () => {
    expect(detector.detect('hola', { among: ['es'] }).language).toBe('es');
    expect(detector.detect('hola', { among: ['xx', 'yy'] }).language).toBeUndefined();
  });
});

describe('botLanguageDetector', () => {
  const { bot } = loadBot(join(__dirname, '../fixtures/bilingual/bots/shop.yaml'));

  it('learns each language from its own examples and Baton\'s built-in ones, and is built once per bot', () => {
    const detect = botLanguageDetector(bot!);
    expect(detect.languages).toEqual(['en', 'es']);
    expect(detect.detect('dónde está mi paquete').language).toBe('es');
    expect(detect.detect('buenas tardes').language).toBe('es');
    expect(detect.detect('has my order shipped?').language).toBe('en');
    expect(detect.detect('ok').language).toBeUndefined();
    expect(botLanguageDetector(bot!)).toBe(detect);
  });

  it('does not count English examples a language borrows where its own are missing as its words', () => {
    // "complain" has English examples only: the Spanish view borrows them, the detector does not.
    expect(botLanguageDetector(bot!).detect('I want to complain').language).toBe('en');
  });
});
