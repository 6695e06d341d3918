// The language a turn speaks: the one asked for (by the input) when the bot serves it, else the one
// the conversation is in when the bot still serves it, else the bot's main language.
import { servedLanguage } from '../config/botInLanguage';
import type { CompiledBot } from '../config/compiledBot';
import type { ConversationState } from './conversationState';

export function conversationLanguage(bot: CompiledBot, state: Pick<ConversationState, 'language'>, asked: string | undefined): string {
  const served = (locale: string | undefined) => (locale !== undefined ? servedLanguage(bot, locale) : undefined);
  return served(asked) ?? served(state.language) ?? bot.languages[0]!;
}
