// The language hints a new REST conversation is started (and welcomed) with. A REST client sends the
// first message with the request that creates the conversation, so the bot knows the customer's words
// before it greets: the welcome speaks the language that message will be answered in (the customer's
// `language`, else the language detected from the words, else the client's `locale`), not the bot's
// main language followed by answers in another.
import type { CompiledBot } from '../../src/config/compiledBot';
import type { StartOptions } from '../../src/runtime/createRuntime';
import { detectedLanguage } from '../../src/runtime/detectedLanguage';

export function welcomeHints(bot: CompiledBot, text: string, hints: StartOptions): StartOptions {
  const detected = detectedLanguage(bot, { turn: 0 }, text, hints.language);
  return detected === undefined ? hints : { ...hints, locale: detected };
}
