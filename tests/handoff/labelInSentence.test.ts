// A slot's label inside the handoff's summary line loses its capital as a word mid-sentence does,
// except in German, whose nouns keep it, and in acronyms.
import { labelInSentence } from '../../src/handoff/labelInSentence';

describe('a label in the summary line', () => {
  it.each([
    ['Order number', 'en', 'order number'],
    ['Reason', 'en-GB', 'reason'],
    ['Número de pedido', 'es', 'número de pedido'],
    ['Date du rendez-vous', 'fr', 'date du rendez-vous'],
    ['IBAN', 'en', 'IBAN'],
    ['PIN code', 'en', 'PIN code'],
    ['X', 'en', 'x'],
    ['Wunschtermin', 'de', 'Wunschtermin'],
    ['Anzahl Personen', 'de-AT', 'Anzahl Personen'],
  ])('reads "%s" in %s as "%s"', (label, locale, expected) => {
    expect(labelInSentence(label, locale)).toBe(expected);
  });
});
