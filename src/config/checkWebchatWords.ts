// Checks the placeholders of a bot's web chat words (manifest `webchat.words`): the page fills
// `{{name}}` in agentTyping (who is typing) and `{{count}}` in launcherOpenUnread (how many unread),
// and nothing in any other word, where a placeholder would show as typed.
import { checkTemplates } from './checkTemplates';
import type { Webchat } from './formats.generated';
import type { Reporter } from './reporter';
import type { SourceFile } from './sourceFile';

const FILLED: Readonly<Record<string, readonly string[]>> = { agentTyping: ['name'], launcherOpenUnread: ['count'] };

export function checkWebchatWords(words: Webchat['words'], source: SourceFile, reporter: Reporter): void {
  for (const [key, word] of Object.entries(words ?? {})) {
    const allowed = new Set(FILLED[key] ?? []);
    const unknown = {
      code: 'BATON_UNKNOWN_WORD_PLACEHOLDER' as const,
      message: (name: string) => `{{${name}}} is not filled in the web chat word "${key}"${allowed.size ? `: it takes {{${[...allowed].join('}}, {{')}}}` : ', which takes no placeholder'}.`,
      fallbackHint: allowed.size ? `Use {{${[...allowed][0]}}}.` : 'Write the word without {{ }}.',
      pinpoint: true,
    };
    const path = ['webchat', 'words', key];
    // One text, or one per plural form.
    const forms: Array<[string | undefined, unknown]> = typeof word === 'object' && word !== null ? Object.entries(word) : [[undefined, word]];
    for (const [form, text] of forms) {
      if (typeof text === 'string') checkTemplates(text, allowed, source, form === undefined ? path : [...path, form], reporter, unknown);
    }
  }
}
