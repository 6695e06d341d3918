// What the loader makes of a manifest's `locale`: a supported language, an unsupported one (a located
// error listing the supported ones), Italian, Portuguese and Dutch with catalogues of their own, and
// a language whose catalogues are unfinished (English with a warning).
import { DEFAULT_MESSAGES } from '../../src/config/defaultMessages';
import { SPANISH_MESSAGES } from '../../src/language/messages/es';
import { ITALIAN_MESSAGES } from '../../src/language/messages/it';
import { DUTCH_MESSAGES } from '../../src/language/messages/nl';
import { PORTUGUESE_MESSAGES } from '../../src/language/messages/pt';
import { makeFixture } from '../support/botFixture';
import { shopBotFiles, type ShopLanguage } from '../support/languageBots';

function load(files: Record<string, string | null>) {
  const fixture = makeFixture(files);
  try {
    return { ...fixture.load({ code: null }), markers: fixture.markers };
  } finally {
    fixture.remove();
  }
}

describe('the manifest locale', () => {
  it('refuses a language Baton does not understand, where it is written, naming the supported ones', () => {
    const { bot, problems, markers } = load(shopBotFiles('es', '@@el-GR'));
    expect(bot).toBeUndefined();
    const problem = problems.find((p) => p.code === 'BATON_UNSUPPORTED_LOCALE')!;
    expect(problem).toMatchObject({ severity: 'error', line: markers[0]!.line, col: markers[0]!.col, path: 'locale' });
    expect(problem.file).toMatch(/bots\/shop\.yaml$/);
    expect(problem.message).toBe('"el-GR" is not a language Baton understands: use one of en, es, de, fr, it, pt, nl.');
    expect(problem.hint).toContain('es (Spanish)');
  });

  it('loads a supported language without a problem', () => {
    const { bot, problems } = load(shopBotFiles('es', 'es-ES'));
    expect(problems).toEqual([]);
    expect(bot!.locale).toBe('es-ES');
    expect(bot!.messages.anythingElse).toEqual(SPANISH_MESSAGES.anythingElse);
  });

  it.each([
    ['it', ITALIAN_MESSAGES], ['pt-BR', PORTUGUESE_MESSAGES], ['nl-BE', DUTCH_MESSAGES],
  ] as const)('a %s bot loads with its own built-in messages and examples, and no warning', (locale, catalogue) => {
    const { bot, problems } = load(shopBotFiles(locale.slice(0, 2) as ShopLanguage, locale));
    expect(problems).toEqual([]);
    expect(bot!.messages).toEqual(catalogue);
    expect(bot!.intents.affirm!.examples.length).toBeGreaterThan(10);
    expect(bot!.intents.talk_to_human!.examples.length).toBeGreaterThan(10);
  });

  it('says built-in messages a catalogue lacks in English, with a warning, unless the manifest gives them', () => {
    // A language whose catalogues are unfinished: Italian with two messages and no built-in examples.
    jest.isolateModules(() => {
      jest.doMock('../../src/language/messages/it', () => ({ ITALIAN_MESSAGES: { hello: ['Ciao!'], fallback: ['Scusa?'] } }));
      jest.doMock('../../src/config/builtinCatalogue', () => {
        const actual = jest.requireActual<typeof import('../../src/config/builtinCatalogue')>('../../src/config/builtinCatalogue');
        return { ...actual, builtinCatalogue: (locale: string) => (locale.startsWith('it') ? undefined : actual.builtinCatalogue(locale)) };
      });
      const { makeFixture: isolatedFixture } = jest.requireActual<typeof import('../support/botFixture')>('../support/botFixture');
      const italian = { ...shopBotFiles('it', 'it', 'messages:\n  anythingElse: ["Altro?"]\n'), 'intents/yesno.yaml': 'intents:\n  affirm: { examples: [sì, certo] }\n  deny: { examples: [no, no grazie] }\n' };
      const fixture = isolatedFixture(italian);
      try {
        const { bot, problems } = fixture.load({ code: null });
        expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(bot!.messages.hello).toEqual(['Ciao!']);
        expect(bot!.messages.anythingElse).toEqual(['Altro?']);
        expect(bot!.messages.goodbye).toEqual(DEFAULT_MESSAGES.goodbye);
        const warnings = problems.filter((p) => p.code === 'BATON_UNTRANSLATED');
        expect(warnings.map((w) => w.severity)).toEqual(['warning', 'warning']);
        expect(warnings.map((w) => w.message)).toEqual(expect.arrayContaining([
          expect.stringMatching(/^Baton's Italian catalogue lacks \d+ built-in messages attachmentReceived, didYouMean, .* more: they are said in English\.$/),
          expect.stringMatching(/^Baton has no built-in Italian examples/),
        ]));
        const lacking = warnings.find((w) => w.message.includes('catalogue lacks'))!;
        expect(lacking.message).toContain('41 built-in messages');
        expect(lacking.message).not.toMatch(/\b(hello|fallback|anythingElse)\b/);
      } finally {
        fixture.remove();
      }
    });
  });
});
