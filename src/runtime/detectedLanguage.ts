// The language a customer's message is detected to be in, for a bot with several languages, while the
// conversation is young and the customer has not chosen one: the first few messages say which
// language the customer writes; later ones (a product name, "ok") would only make the bot flip. The
// detector abstains on weak evidence (see src/language/detectLanguage.ts), so nothing changes then.
import type { CompiledBot } from '../config/compiledBot';
import type { ConversationState } from '../engine/conversationState';
import { botLanguageDetector } from '../language/botLanguageDetector';

/** Customer messages of a conversation that may set its language by detection: its first three. */
export const DETECTED_MESSAGES = 3;

export function detectedLanguage(bot: CompiledBot, state: Pick<ConversationState, 'languageFrom' | 'turn'>, text: string, asked: string | undefined): string | undefined {
  if (bot.languages.length < 2 || asked !== undefined || state.languageFrom === 'customer' || state.turn >= DETECTED_MESSAGES) return undefined;
  if (text.trim() === '') return undefined;
  try {
    return botLanguageDetector(bot).detect(text).language;
  } catch {
    // Detection is a hint: a message it cannot read is understood in the conversation's language.
    return undefined;
  }
}
