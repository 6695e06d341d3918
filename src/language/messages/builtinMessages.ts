// The built-in messages of a language: its catalogue, completed with the English message wherever it
// has none (the loader warns of each). Authors override any of them under the manifest's `messages:`.
import type { MessageKey, Variations } from '../../config/compiledBot';
import { DEFAULT_MESSAGES } from '../../config/defaultMessages';
import type { Language } from '../language';
import { GERMAN_MESSAGES } from './de';
import { SPANISH_MESSAGES } from './es';
import { FRENCH_MESSAGES } from './fr';
import { ITALIAN_MESSAGES } from './it';
import { DUTCH_MESSAGES } from './nl';
import { PORTUGUESE_MESSAGES } from './pt';
import type { MessageCatalogue } from './messageCatalogue';

/** Catalogues by language code; a language without one says every built-in message in English. */
export const MESSAGE_CATALOGUES: Readonly<Record<string, MessageCatalogue>> = Object.freeze({
  en: DEFAULT_MESSAGES, es: SPANISH_MESSAGES, de: GERMAN_MESSAGES, fr: FRENCH_MESSAGES,
  it: ITALIAN_MESSAGES, pt: PORTUGUESE_MESSAGES, nl: DUTCH_MESSAGES,
});

export interface BuiltinMessages {
  readonly messages: Readonly<Record<MessageKey, Variations>>;
  /** The messages the language's catalogue lacks, given in English. */
  readonly untranslated: readonly MessageKey[];
}

export function builtinMessages(language: Language): BuiltinMessages {
  const catalogue = Object.hasOwn(MESSAGE_CATALOGUES, language.code) ? MESSAGE_CATALOGUES[language.code]! : {};
  const messages = {} as Record<MessageKey, Variations>;
  const untranslated: MessageKey[] = [];
  for (const key of Object.keys(DEFAULT_MESSAGES) as MessageKey[]) {
    const own = catalogue[key];
    if (own === undefined) untranslated.push(key);
    messages[key] = own ?? DEFAULT_MESSAGES[key];
  }
  return { messages, untranslated };
}
