// The names an analytics report counts by (flows, intents, FAQ entries), in the bot author's words:
// `update_email` -> `Change my account email`. The dashboard and `baton report` show these titles,
// never the identifiers.
import type { CompiledBot } from '../config/compiledBot';
import { flowGoal } from '../handoff/conversationGoal';

export interface ReportTitles {
  /** Each flow's goal: the title of its first trigger intent, else the flow's title. */
  readonly flows: Readonly<Record<string, string>>;
  /** Each intent's and FAQ entry's title. */
  readonly intents: Readonly<Record<string, string>>;
}

export type TitledBot = Pick<CompiledBot, 'flows' | 'intents' | 'faq' | 'globals'>;

export function reportTitles(bot: TitledBot): ReportTitles {
  const flows = Object.fromEntries(Object.values(bot.flows).map((flow) => [flow.name, flowGoal(bot, flow)]));
  const intents = Object.fromEntries([...Object.values(bot.intents), ...Object.values(bot.faq)].map((intent) => [intent.name, intent.title]));
  return { flows, intents };
}
