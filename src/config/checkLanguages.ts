// The other languages a manifest's `languages` lists: each one Baton understands, none twice, and not
// the main language again. Every problem is a located error; the bot keeps the languages that are sound.
import type { Language } from '../language/language';
import { languageOf, SUPPORTED_LANGUAGE_CODES } from '../language/languageOf';
import type { Reporter } from './reporter';
import type { SourceFile } from './sourceFile';

export function checkLanguages(codes: readonly string[] | undefined, main: Language, source: SourceFile, reporter: Reporter): Language[] {
  const languages: Language[] = [];
  (codes ?? []).forEach((code, i) => {
    const language = languageOf(code);
    if (!language) {
      reporter.report('BATON_UNSUPPORTED_LOCALE', source, ['languages', i], `"${code}" is not a language Baton understands: use one of ${SUPPORTED_LANGUAGE_CODES.join(', ')}.`, {
        hint: `Supported languages: ${SUPPORTED_LANGUAGE_CODES.map((c) => `${c} (${languageOf(c)!.name})`).join(', ')}.`,
      });
    } else if (language === main) {
      reporter.report('BATON_DUPLICATE_LANGUAGE', source, ['languages', i], `"${code}" is the bot's main language already (\`locale\`): \`languages\` lists the others.`);
    } else if (languages.includes(language)) {
      reporter.report('BATON_DUPLICATE_LANGUAGE', source, ['languages', i], `"${code}" is listed twice.`);
    } else {
      languages.push(language);
    }
  });
  return languages;
}
