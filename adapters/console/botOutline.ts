// What the agent console needs to know about the bot to hand a conversation back: its queues, the
// agents one can transfer to, and each flow's states and slots. Read-only, no texts of the flows.
import type { CompiledBot } from '../../src/config/compiledBot';
import type { Agent } from '../../src/handoff/agentDirectory';

export interface FlowOutline {
  readonly title: string;
  readonly start: string;
  readonly states: readonly string[];
  readonly slots: readonly string[];
  /** How people read each slot's name: `Order number`. */
  readonly labels: Readonly<Record<string, string>>;
}

export interface BotOutline {
  readonly id: string;
  readonly name: string;
  readonly queues: readonly { readonly name: string; readonly description?: string }[];
  readonly agents: readonly { readonly id: string; readonly name: string; readonly queues: readonly string[] }[];
  readonly flows: Readonly<Record<string, FlowOutline>>;
}

export function botOutline(bot: CompiledBot, agents: readonly Agent[]): BotOutline {
  const flows: Record<string, FlowOutline> = {};
  for (const [name, flow] of Object.entries(bot.flows)) {
    flows[name] = { title: flow.title, start: flow.start, states: Object.keys(flow.states), slots: Object.keys(flow.slots), labels: Object.fromEntries(Object.values(flow.slots).map((s) => [s.name, s.label])) };
  }
  return {
    id: bot.id,
    name: bot.name,
    queues: Object.values(bot.handoff.queues).map((q) => ({ name: q.name, ...(q.description ? { description: q.description } : {}) })),
    agents: agents.map((a) => ({ id: a.id, name: a.name, queues: a.queues })),
    flows,
  };
}
