// The language a loaded bot speaks: the one its manifest's `locale` names (the loader has refused any
// other), English for a bot built without one.
import type { Language } from './language';
import { languageOf } from './languageOf';
import { ENGLISH } from './languages';

export function botLanguage(bot: { readonly locale: string }): Language {
  return languageOf(bot.locale) ?? ENGLISH;
}
