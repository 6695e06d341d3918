// The bot's language from the manifest's `locale`: one of the supported languages, or a located error
// that lists them (the bot then loads no further than its other checks).
import type { Language } from '../language/language';
import { languageOf, SUPPORTED_LANGUAGE_CODES } from '../language/languageOf';
import { ENGLISH } from '../language/languages';
import type { Reporter } from './reporter';
import type { SourceFile } from './sourceFile';

export function checkLocale(locale: string | undefined, source: SourceFile, reporter: Reporter): Language {
  if (locale === undefined) return ENGLISH;
  const language = languageOf(locale);
  if (language) return language;
  reporter.report('BATON_UNSUPPORTED_LOCALE', source, ['locale'], `"${locale}" is not a language Baton understands: use one of ${SUPPORTED_LANGUAGE_CODES.join(', ')}.`, {
    hint: `Supported languages: ${SUPPORTED_LANGUAGE_CODES.map((code) => `${code} (${languageOf(code)!.name})`).join(', ')}; a region may follow, e.g. \`es-ES\`.`,
  });
  return ENGLISH;
}
