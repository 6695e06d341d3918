// Which agents are online: those with a live console connection or an API call in the last
// minutes. Queues served by no online agent are unstaffed, and the bot then takes a message.
import type { Agent } from './agentAccounts';

export const ONLINE_MS = 2 * 60_000;

export class AgentPresence {
  readonly #seen = new Map<string, { agent: Agent; at: number }>();

  seen(agent: Agent, at: Date): void {
    this.#seen.set(agent.id, { agent, at: at.getTime() });
  }

  gone(agentId: string): void {
    this.#seen.delete(agentId);
  }

  online(now: Date): Agent[] {
    return [...this.#seen.values()].filter((s) => now.getTime() - s.at < ONLINE_MS).map((s) => s.agent);
  }

  /** Every queue of the bot, true when an online agent serves it. */
  staffed(queues: readonly string[], now: Date): Record<string, boolean> {
    const served = new Set(this.online(now).flatMap((a) => a.queues));
    return Object.fromEntries(queues.map((q) => [q, served.has(q)]));
  }
}
