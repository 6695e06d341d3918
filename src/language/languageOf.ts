// The supported language of a BCP 47 locale ("es", "es-ES", "pt_BR"), or undefined.
import type { Language } from './language';
import { ENGLISH, LANGUAGES } from './languages';

/** The language part of `locale`, lower case: "es" of "es-ES". */
export function languageCode(locale: string): string {
  return locale.split(/[-_]/)[0]!.toLowerCase();
}

/** The supported language `locale` names, or undefined. */
export function languageOf(locale: string): Language | undefined {
  const code = languageCode(locale);
  return Object.hasOwn(LANGUAGES, code) ? LANGUAGES[code] : undefined;
}

/** The language a model or context names by code; English when none is named (older models, English bots). */
export function languageByCode(code: string | undefined): Language {
  return (code !== undefined && Object.hasOwn(LANGUAGES, code) ? LANGUAGES[code] : undefined) ?? ENGLISH;
}

/** The codes of the supported languages, for messages: "en, es, de, fr, it, pt, nl". */
export const SUPPORTED_LANGUAGE_CODES: readonly string[] = Object.keys(LANGUAGES);
