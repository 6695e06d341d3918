// The page of a bot of several languages: its words in each of them (the catalogue of each language; the
// bot's own `webchat.words`, written in its main language, over that language's only), and the language a
// visitor's page opens in: the page's `?locale=` (the launcher's `data-locale`, or a link's), else the
// first of the browser's languages (Accept-Language) the bot serves, else the bot's main language; the
// main language chosen by the browser reads in the bot's own locale.
import { servedLanguage } from '../../src/config/botInLanguage';
import type { CompiledBot } from '../../src/config/compiledBot';
import { localeHint } from '../replyLocale';
import { pageWords, type PageWords } from './pageWords';

/** The page's words in each of the bot's languages, by code. */
export function wordsByLanguage(bot: CompiledBot): Record<string, PageWords> {
  const main = bot.languages[0];
  return Object.fromEntries(bot.languages.map((code) => [code, pageWords(code, code === main ? bot.webchat?.words : {})]));
}

/** The bot's language a page opens in, by code, and the tag that named it when one did. */
export function openingLanguage(bot: CompiledBot, asked: string | null | undefined, acceptLanguage: string | undefined): { readonly code: string; readonly tag?: string } {
  const hinted = localeHint(asked ?? undefined);
  const served = hinted !== undefined ? servedLanguage(bot, hinted) : undefined;
  if (hinted !== undefined && served !== undefined) return { code: served, tag: hinted };
  for (const tag of browserLanguages(acceptLanguage)) {
    const code = servedLanguage(bot, tag);
    // The main language reads as the bot's own locale (an en-GB shop's times and dates for an en-US browser), as on a one-language page.
    if (code !== undefined) return code === bot.languages[0] ? { code } : { code, tag };
  }
  return { code: bot.languages[0]! };
}

/** The tags of an Accept-Language header, most wanted first ("es-ES,es;q=0.9,en;q=0.8"). */
function browserLanguages(header: string | undefined): string[] {
  if (header === undefined) return [];
  return header.slice(0, 500).split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? '1');
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0 && localeHint(entry.tag) !== undefined)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}
