// A bot's language detector (see detectLanguage.ts), built once per loaded bot from what each of its
// languages' models learn: the bot's training examples in that language (not those it borrows from
// the main language where a text is missing) and Baton's built-in examples for it.
import { botInLanguage } from '../config/botInLanguage';
import { builtinCatalogue } from '../config/builtinCatalogue';
import type { CompiledBot } from '../config/compiledBot';
import { createLanguageDetector, type LanguageDetector } from './detectLanguage';
import { languageByCode } from './languageOf';

const detectors = new WeakMap<CompiledBot, LanguageDetector>();

export function botLanguageDetector(bot: CompiledBot): LanguageDetector {
  const made = detectors.get(bot);
  if (made) return made;
  const main = new Set(bot.training.map((e) => e.text));
  const detector = createLanguageDetector(bot.languages.map((code, i) => {
    const view = botInLanguage(bot, code);
    const own = view.training.map((e) => e.text).filter((text) => i === 0 || !main.has(text));
    const builtin = Object.values(builtinCatalogue(code)?.roles ?? {}).flatMap((role) => role.examples);
    return { code, language: languageByCode(code), texts: [...own, ...builtin] };
  }));
  detectors.set(bot, detector);
  return detector;
}
