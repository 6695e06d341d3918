// Quick replies for what the bot can do: one per flow that an intent starts, by the intent's title.
import type { CompiledBot } from '../config/compiledBot';
import type { QuickReply } from './effects';

export function helpReplies(bot: CompiledBot, limit = 6): QuickReply[] {
  const skip = new Set([bot.globals.human, bot.globals.help, bot.globals.cancel, bot.globals.restart, bot.globals.affirm, bot.globals.deny, bot.globals.goodbye, bot.globals.greet, bot.globals.thanks]);
  const startsGreeting = new Set(bot.flows[bot.start]?.triggers ?? []);
  return Object.keys(bot.triggers)
    .filter((intent) => !skip.has(intent) && !startsGreeting.has(intent))
    .slice(0, limit)
    .map((intent) => ({ title: bot.intents[intent]!.title, payload: `intent:${intent}` }));
}
