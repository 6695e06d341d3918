// What the loader makes of a manifest's `locale`: a supported language, an unsupported one (a located
// error listing the supported ones), and one whose catalogues Baton lacks (English with a warning).
import { DEFAULT_MESSAGES } from '../../src/config/defaultMessages';
import { SPANISH_MESSAGES } from '../../src/language/messages/es';
import { makeFixture } from '../support/botFixture';
import { shopBotFiles } from '../support/languageBots';

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

  it('says built-in messages a catalogue lacks in English, with a warning, unless the manifest gives them', () => {
    const italian = { ...shopBotFiles('es', 'it', 'messages:\n  fallback: ["Scusa, non ho capito."]\n'), 'intents/yesno.yaml': 'intents:\n  affirm: { examples: [sì, certo] }\n  deny: { examples: [no, no grazie] }\n' };
    const { bot, problems } = load(italian);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(bot!.messages.fallback).toEqual(['Scusa, non ho capito.']);
    expect(bot!.messages.hello).toEqual(DEFAULT_MESSAGES.hello);
    const warnings = problems.filter((p) => p.code === 'BATON_UNTRANSLATED');
    expect(warnings.map((w) => w.severity)).toEqual(['warning', 'warning']);
    expect(warnings.map((w) => w.message)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Baton's Italian catalogue lacks \d+ built-in messages attachmentReceived, didYouMean, .* more: they are said in English\.$/),
      expect.stringMatching(/^Baton has no built-in Italian examples/),
    ]));
    expect(warnings.every((w) => !w.message.includes('fallback'))).toBe(true);
  });
});
