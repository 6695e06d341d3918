// The `locale` a channel's replies carry, so that clients can follow the conversation's language: the
// conversation's language as the client named it when it named that language ("es-ES" for a conversation
// in Spanish whose client said es-ES), else the language's code ("es"). None for a conversation without a
// language of its own (a one-language bot's): its replies stay as they were.
import { languageCode } from '../src/language/languageOf';

export function replyLocale(language: string | undefined, received: string | undefined): string | undefined {
  if (language === undefined) return undefined;
  return received !== undefined && languageCode(received) === language ? received : language;
}

/** A locale a channel sent, when it is a short string; anything else is no hint. */
export function localeHint(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8}){0,4}$/.test(value) ? value : undefined;
}
