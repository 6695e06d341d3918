// The language table: each language's contractions and elisions, accent folding, stems and stop
// words, as the classifier's text pipeline applies them.
import { foldAccents } from '../../src/language/foldAccents';
import { languageOf, SUPPORTED_LANGUAGE_CODES } from '../../src/language/languageOf';
import { ENGLISH, LANGUAGES } from '../../src/language/languages';
import { normalise } from '../../src/nlu/normalise';
import { stem } from '../../src/nlu/stem';
import { isStopWord } from '../../src/nlu/stopWords';

const es = LANGUAGES['es']!;
const de = LANGUAGES['de']!;
const fr = LANGUAGES['fr']!;

describe('the supported languages', () => {
  it('are at least English, Spanish, German and French, each found from a locale with or without a region', () => {
    expect(SUPPORTED_LANGUAGE_CODES).toEqual(expect.arrayContaining(['en', 'es', 'de', 'fr']));
    expect(languageOf('es-ES')).toBe(es);
    expect(languageOf('es_MX')).toBe(es);
    expect(languageOf('DE')).toBe(de);
    expect(languageOf('el-GR')).toBeUndefined();
    expect(languageOf('constructor')).toBeUndefined();
  });

  it('fold accents for understanding only', () => {
    expect(foldAccents('dirección Rückgabe élève')).toBe('direccion Ruckgabe eleve');
    expect(normalise('¿Dirección?', es)).toBe(normalise('direccion', es));
  });

  it('expand Spanish contractions and pronouns attached to verbs', () => {
    expect(normalise('Dame el número del pedido', es)).toBe('da me el numero de el pedido');
    expect(normalise('quiero devolverlo al almacén', es)).toBe('quiero devolver lo a el almacen');
    expect(normalise('charla', es)).toBe('charla');
    expect(normalise('enviármelo y cambiarme', es)).toBe('enviar melo y cambiar me');
    expect(normalise('darlo', es)).toBe('darlo');
  });

  it('leave words that are names of object properties as they are', () => {
    expect(normalise('el constructor tostring valueof', es)).toBe('el constructor tostring valueof');
  });

  it('expand French elisions and contractions', () => {
    expect(normalise("L'adresse d'envoi n'est pas bonne", fr)).toBe('le adresse de envoi ne est pas bonne');
    expect(normalise('l’article du colis', fr)).toBe('le article de le colis');
  });

  it('expand German contractions', () => {
    expect(normalise('Zum Versand: beim Paket im Lager', de)).toBe('zu dem versand bei dem paket in dem lager');
  });

  it('leave English as it was', () => {
    expect(normalise("Where's my order? I can't find it")).toBe('where is my order i can not find it');
    expect(normalise("Where's my order?", ENGLISH)).toBe(normalise("Where's my order?"));
    expect(stem('shipping')).toBe('ship');
  });

  it("stem with natural's stemmer of each language", () => {
    expect(stem('pedidos', es)).toBe(stem('pedido', es));
    expect(stem('reembolsar', es)).toBe(stem('reembolso', es));
    expect(stem('bestellungen', de)).toBe(stem('bestellung', de));
    expect(stem(foldAccents('commandé'), fr)).toBe(stem('commandes', fr));
    expect(stem('rembourser', fr)).toBe(stem('remboursement', fr));
    expect(stem('pedidos')).toBe('pedido');
  });

  it('know each language’s stop words, accent-folded', () => {
    expect(isStopWord('el', es)).toBe(true);
    expect(isStopWord('mas', es)).toBe(true);
    expect(isStopWord('pedido', es)).toBe(false);
    expect(isStopWord('der', de)).toBe(true);
    expect(isStopWord('bestellung', de)).toBe(false);
    expect(isStopWord('etre', fr)).toBe(true);
    expect(isStopWord('the')).toBe(true);
    expect(isStopWord('el')).toBe(false);
  });
});
