// What a customer's channel shows when their turn could not be run at all (the store out of reach,
// the conversation busy on another process, a fault): the bot's own `turnFailed` message, as its
// author set it, picked for the conversation like every other message. The conversation's state may
// be out of reach too, so its language comes from what the request says: a REST body's `language` or
// `locale`, an activity's `locale`; in one of the bot's languages it is said in that one.
import type { CompiledBot } from '../config/compiledBot';
import { botInLanguage, servedLanguage } from '../config/botInLanguage';
import { pickVariation } from '../engine/pickVariation';
import type { Reply } from '../runtime/createRuntime';

export function turnFailedReply(bot: CompiledBot, conversationId = '', hint?: unknown): Reply {
  const spoken = botInLanguage(bot, typeof hint === 'string' && hint.length <= 35 ? servedLanguage(bot, hint) : undefined);
  return { text: pickVariation(spoken.messages.turnFailed, conversationId, 'turnFailed') };
}

/** The language a request body names, for turnFailedReply: its `language`, else its `locale`. */
export function requestLanguage(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return undefined;
  const { language, locale } = body as { language?: unknown; locale?: unknown };
  return typeof language === 'string' ? language : locale;
}
