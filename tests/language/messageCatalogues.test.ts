// Every supported language is complete: a message catalogue with every built-in message (its
// placeholders too, in its own words) and a built-in examples file whose roles share no example.
import { builtinCatalogue } from '../../src/config/builtinCatalogue';
import { DEFAULT_MESSAGES } from '../../src/config/defaultMessages';
import type { MessageKey } from '../../src/config/compiledBot';
import { foldAccents } from '../../src/language/foldAccents';
import { SUPPORTED_LANGUAGE_CODES } from '../../src/language/languageOf';
import { builtinMessages, MESSAGE_CATALOGUES } from '../../src/language/messages/builtinMessages';
import { LANGUAGES } from '../../src/language/languages';

const placeholders = (texts: readonly string[]): string[][] => texts.map((text) => (text.match(/\{\{\w+\}\}/g) ?? []).sort());
const KEYS = Object.keys(DEFAULT_MESSAGES).sort() as MessageKey[];
const OTHERS = SUPPORTED_LANGUAGE_CODES.filter((code) => code !== 'en');

describe('the built-in message catalogues', () => {
  it('exist for every supported language', () => {
    expect(Object.keys(MESSAGE_CATALOGUES).sort()).toEqual([...SUPPORTED_LANGUAGE_CODES].sort());
    expect(OTHERS).toEqual(expect.arrayContaining(['es', 'de', 'fr', 'it', 'pt', 'nl']));
  });

  it.each(OTHERS)('%s has every message, with the same placeholders, in its own words', (code) => {
    const catalogue = MESSAGE_CATALOGUES[code]!;
    expect(Object.keys(catalogue).sort()).toEqual(KEYS);
    for (const key of KEYS) {
      const english = new Set(placeholders(DEFAULT_MESSAGES[key]).map((p) => p.join()));
      expect([key, placeholders(catalogue[key]!).filter((p) => !english.has(p.join()))]).toEqual([key, []]);
    }
    expect(builtinMessages(LANGUAGES[code]!).untranslated).toEqual([]);
    // Translated, not copied: no message reads as the English one.
    const same = KEYS.filter((key) => JSON.stringify(catalogue[key]) === JSON.stringify(DEFAULT_MESSAGES[key]));
    expect(same).toEqual([]);
  });

  it('give a language without a catalogue the English messages, each named as untranslated', () => {
    const { messages, untranslated } = builtinMessages({ ...LANGUAGES.it!, code: 'xx' });
    expect(messages).toEqual(DEFAULT_MESSAGES);
    expect([...untranslated].sort()).toEqual(KEYS);
  });
});

describe('the built-in examples', () => {
  it.each(SUPPORTED_LANGUAGE_CODES)('%s has a file whose roles share no example', (code) => {
    const catalogue = builtinCatalogue(code)!;
    expect(catalogue.language).toBe(code);
    const roleOf = new Map<string, string>();
    const shared: string[] = [];
    for (const [role, { examples }] of Object.entries(catalogue.roles)) {
      expect([role, examples.length >= 10]).toEqual([role, true]);
      for (const example of examples) {
        const key = foldAccents(example.toLowerCase());
        const other = roleOf.get(key);
        if (other !== undefined && other !== role) shared.push(`${example}: ${other} and ${role}`);
        roleOf.set(key, role);
      }
    }
    expect(shared).toEqual([]);
  });
});
