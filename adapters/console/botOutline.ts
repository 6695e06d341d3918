// What the agent console needs to know about the bot to hand a conversation back: its queues, the
// agents one can transfer to, and each flow's states and slots; and how it writes times (its locale
// and time zone), so agents read times as the bot's customers do. Read-only, no texts of the flows.
import type { CompiledBot } from '../../src/config/compiledBot';
import { textStyle } from '../../src/engine/textStyle';
import type { Agent } from '../../src/handoff/agentDirectory';
import { flowGoal } from '../../src/handoff/conversationGoal';
import { agentLanguages } from '../../src/handoff/agentLanguages';

export interface FlowOutline {
  readonly title: string;
  /** What the customer wanted, as agents read it: the title of its first trigger intent, else its title (`Return an item`). */
  readonly goal: string;
  readonly start: string;
  readonly states: readonly string[];
  readonly slots: readonly string[];
  /** How people read each slot's name: `Order number`. */
  readonly labels: Readonly<Record<string, string>>;
}

export interface BotOutline {
  readonly id: string;
  readonly name: string;
  /** The BCP 47 tag times and dates are written in (`en-GB` for an `en` bot in GB). */
  readonly locale: string;
  /** The IANA zone times are shown in. */
  readonly timezone: string;
  readonly queues: readonly { readonly name: string; readonly description?: string }[];
  readonly agents: readonly { readonly id: string; readonly name: string; readonly queues: readonly string[]; readonly languages: readonly string[] }[];
  /** The languages the bot serves, by code, its main one first: the console names a conversation's language when there are several. */
  readonly languages: readonly string[];
  readonly flows: Readonly<Record<string, FlowOutline>>;
  /** Each intent's and FAQ entry's title, as the author wrote it (`order_status` -> `Track my order`). */
  readonly intents: Readonly<Record<string, string>>;
}

export function botOutline(bot: CompiledBot, agents: readonly Agent[], now: Date): BotOutline {
  const flows: Record<string, FlowOutline> = {};
  for (const [name, flow] of Object.entries(bot.flows)) {
    flows[name] = { title: flow.title, goal: flowGoal(bot, flow), start: flow.start, states: Object.keys(flow.states), slots: Object.keys(flow.slots), labels: Object.fromEntries(Object.values(flow.slots).map((s) => [s.name, s.label])) };
  }
  return {
    id: bot.id,
    name: bot.name,
    locale: textStyle(bot, now.toISOString()).locale,
    timezone: bot.timezone,
    queues: Object.values(bot.handoff.queues).map((q) => ({ name: q.name, ...(q.description ? { description: q.description } : {}) })),
    agents: agents.map((a) => ({ id: a.id, name: a.name, queues: a.queues, languages: agentLanguages(a, bot) })),
    languages: bot.languages,
    flows,
    intents: Object.fromEntries([...Object.values(bot.intents), ...Object.values(bot.faq)].map((i) => [i.name, i.title])),
  };
}
