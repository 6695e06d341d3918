// A slot's label inside the handoff's summary line ("Return an item: order number 12346"): written
// mid-sentence, so its capital letter goes, unless the language capitalises nouns (German:
// "Termin buchen: Wunschtermin Dienstag, 15. Dezember") or the word is an acronym ("IBAN", "PIN code").
import { languageCode } from '../language/languageOf';

/** Languages whose nouns keep their capital inside a sentence. */
const CAPITALISED_NOUNS: ReadonlySet<string> = new Set(['de']);

export function labelInSentence(label: string, locale: string): string {
  if (CAPITALISED_NOUNS.has(languageCode(locale))) return label;
  const [first, second] = [...label];
  if (first === undefined || second === undefined) return label.toLowerCase();
  // An acronym keeps its capitals: "IBAN", "PIN code".
  if (second !== second.toLowerCase()) return label;
  return first.toLowerCase() + label.slice(first.length);
}
