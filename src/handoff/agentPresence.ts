// Which agents are online: those with a live console connection or an API call in the last
// minutes. Queues served by no online agent are unstaffed, and the bot then takes a message.
// The memory presence here serves one process; processes sharing a Redis use redisPresence.
import type { Agent } from './agentDirectory';

export const ONLINE_MS = 2 * 60_000;

export interface AgentPresence {
  seen(agent: Agent, at: Date): Promise<void>;
  gone(agentId: string): Promise<void>;
  /** Agents seen less than ONLINE_MS before `now`. */
  online(now: Date): Promise<Agent[]>;
  /** Every queue given, true when an online agent serves it. */
  staffed(queues: readonly string[], now: Date): Promise<Record<string, boolean>>;
}

/**
 * Every queue given, true when one of the agents serves it; with `serves`, when one of them serves it
 * as that says (e.g. speaks the conversation's language where the queue needs it: see servesIn).
 */
export function staffedQueues(queues: readonly string[], online: readonly Agent[], serves: (agent: Agent, queue: string) => boolean = (a, q) => a.queues.includes(q)): Record<string, boolean> {
  return Object.fromEntries(queues.map((q) => [q, online.some((a) => serves(a, q))]));
}

export function createMemoryPresence(): AgentPresence {
  const seen = new Map<string, { agent: Agent; at: number }>();
  const online = (now: Date): Agent[] => [...seen.values()].filter((s) => now.getTime() - s.at < ONLINE_MS).map((s) => s.agent);
  return {
    seen: async (agent, at) => {
      seen.set(agent.id, { agent, at: at.getTime() });
    },
    gone: async (agentId) => {
      seen.delete(agentId);
    },
    online: async (now) => online(now),
    staffed: async (queues, now) => staffedQueues(queues, online(now)),
  };
}
