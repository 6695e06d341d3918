// A language's English name for agents and reports ("Spanish" for `es`); the code itself for a language Baton does not know.
import { LANGUAGES } from './languages';

export function languageName(code: string): string {
  return Object.hasOwn(LANGUAGES, code) ? LANGUAGES[code]!.name : code;
}
