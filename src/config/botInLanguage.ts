// The bot as it speaks one of its languages: the main bot for its main language, a language it does
// not serve, or none; otherwise its view in that language (see CompiledBot.byLanguage).
import type { CompiledBot } from './compiledBot';
import { languageCode } from '../language/languageOf';
import { ownEntry } from './ownEntry';

export function botInLanguage(bot: CompiledBot, code: string | undefined): CompiledBot {
  return (code !== undefined ? ownEntry(bot.byLanguage, code) : undefined) ?? bot;
}

/** The bot's language that a language code or locale ("es", "es-ES") names, or undefined when it serves none such. */
export function servedLanguage(bot: CompiledBot, locale: string): string | undefined {
  const code = languageCode(locale);
  return bot.languages.includes(code) ? code : undefined;
}
