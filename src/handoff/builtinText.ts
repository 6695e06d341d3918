// A built-in message said outside a turn (an agent joining, a ticket's email, a reply shown when the
// customer comes back), in the language of the bot given: one variation picked steadily by `seed`, placeholders filled.
import type { CompiledBot, MessageKey } from '../config/compiledBot';
import { pickVariation } from '../engine/pickVariation';
import { renderTemplate } from '../engine/template';

export function builtinText(bot: CompiledBot, key: MessageKey, seed: string, values: Readonly<Record<string, string>>): string {
  return renderTemplate(pickVariation(bot.messages[key], seed, `message:${key}`), values);
}
