// The page's words by the bot's language: each catalogue has every word the English one has (its
// placeholders too), a bot of that language gets its catalogue, one of a language without a
// catalogue (Swedish) gets English, and the bot's own words win over either.
import { ENGLISH_PAGE_WORDS, pageWords } from '../../../adapters/webchat/pageWords';

const placeholders = (word: unknown): string[] => JSON.stringify(word).match(/\{\{\w+\}\}/g)?.sort() ?? [];

describe('the page\'s words by language', () => {
  it.each(['es', 'de', 'fr', 'it', 'pt', 'nl'])('%s has every word, with the same placeholders, in its own words', (language) => {
    const words = pageWords(language);
    expect(Object.keys(words).sort()).toEqual(Object.keys(ENGLISH_PAGE_WORDS).sort());
    for (const key of Object.keys(ENGLISH_PAGE_WORDS) as Array<keyof typeof ENGLISH_PAGE_WORDS>) {
      expect([key, placeholders(words[key])]).toEqual([key, placeholders(ENGLISH_PAGE_WORDS[key])]);
    }
    // Translated, not copied: most words differ from the English ones.
    const same = (Object.keys(ENGLISH_PAGE_WORDS) as Array<keyof typeof ENGLISH_PAGE_WORDS>).filter((key) => JSON.stringify(words[key]) === JSON.stringify(ENGLISH_PAGE_WORDS[key]));
    expect(same.length).toBeLessThan(5);
  });

  it('follows the locale\'s language, falls back to English, and puts the bot\'s own words on top', () => {
    expect(pageWords('es-ES').send).toBe('Enviar');
    expect(pageWords('de-AT').launcherOpen).toBe('Chat öffnen');
    expect(pageWords('it-CH').send).toBe('Invia');
    expect(pageWords('pt-BR').attachFile).toBe('Anexar um arquivo');
    expect(pageWords('nl-BE').launcherOpen).toBe('Chat openen');
    expect(pageWords('sv').send).toBe('Send');
    expect(pageWords('es', { send: 'Mandar' })).toMatchObject({ send: 'Mandar', attachFile: 'Adjuntar un archivo' });
  });
});
