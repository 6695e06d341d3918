// The language a turn speaks, and why. In order: one the customer chose (`asked`: a language menu, "¿hablas
// español?", the REST body's `language`) always wins and sticks; a language detected from what the customer
// wrote outranks the channel's; the channel's locale (Direct Line's and Teams' `locale`, the web chat's
// setting) applies until the customer chose or wrote otherwise; else the conversation keeps its own, else
// the bot's main language. Only languages the bot serves count.
import { servedLanguage } from '../config/botInLanguage';
import type { CompiledBot } from '../config/compiledBot';
import type { ConversationState, LanguageSource } from './conversationState';

export interface LanguageHints {
  /** Chosen by the customer, by code or locale ("es", "es-ES"). */
  readonly asked?: string;
  /** Detected from the customer's words, among the bot's languages. */
  readonly detected?: string;
  /** The channel's locale ("es-ES"): a hint, weaker than anything the customer said. */
  readonly locale?: string;
}

export interface ChosenLanguage {
  readonly language: string;
  /** Absent: the bot's main language, by default. */
  readonly from?: LanguageSource;
}

const RANK: Readonly<Record<LanguageSource, number>> = { channel: 1, detected: 2, customer: 3 };

export function conversationLanguage(bot: CompiledBot, state: Pick<ConversationState, 'language' | 'languageFrom'>, hints: LanguageHints = {}): ChosenLanguage {
  const served = (locale: string | undefined) => (locale !== undefined ? servedLanguage(bot, locale) : undefined);
  const kept = served(state.language);
  const keptRank = kept !== undefined && state.languageFrom !== undefined ? RANK[state.languageFrom] : 0;
  const candidates: [string | undefined, LanguageSource][] = [[served(hints.asked), 'customer'], [served(hints.detected), 'detected'], [served(hints.locale), 'channel']];
  for (const [language, from] of candidates) {
    if (language !== undefined && RANK[from] >= keptRank) return { language, from };
  }
  if (kept !== undefined) return { language: kept, ...(state.languageFrom !== undefined ? { from: state.languageFrom } : {}) };
  return { language: bot.languages[0]! };
}
