// The store contract for the handoff queue: memory, SQLite and Redis implement it. Status changes
// are compare-and-set, so two agents can never take the same conversation.
import type { HandoffMessage, HandoffRecord, HandoffStatus } from '../handoff/handoffRecord';
import type { TicketProgress } from '../handoff/ticketProgress';

export interface HandoffFilter {
  readonly statuses?: readonly HandoffStatus[];
  readonly queues?: readonly string[];
  readonly botId?: string;
  readonly conversationId?: string;
  readonly limit?: number;
}

export interface HandoffChange {
  readonly status: HandoffStatus;
  readonly queue?: string;
  /** null clears the agent (back to the queue). */
  readonly agentId?: string | null;
  readonly claimedAt?: string;
  readonly closedAt?: string;
  /** A ticket's answers, replacing those stored. */
  readonly ticket?: TicketProgress;
}

export interface HandoffStore {
  create(record: HandoffRecord): Promise<void>;
  get(id: string): Promise<HandoffRecord | undefined>;
  /** Highest priority first, then the longest waiting. */
  list(filter: HandoffFilter): Promise<HandoffRecord[]>;
  /** Applies the change only if the handoff's status is one of `from`; the updated record, or undefined. */
  transition(id: string, from: readonly HandoffStatus[], change: HandoffChange): Promise<HandoffRecord | undefined>;
  appendMessage(id: string, message: HandoffMessage): Promise<void>;
  /** Deletes the bot's handoffs closed (resolved, returned, cancelled) before `before`; how many went. */
  purgeClosed(botId: string, before: Date): Promise<number>;
  /** Deletes every handoff of these conversations, open or not (a privacy erasure); how many went. */
  eraseConversations(botId: string, conversationIds: readonly string[]): Promise<number>;
}

/** Whether a handoff is closed and was closed before `before`. */
export function closedBefore(record: HandoffRecord, before: Date): boolean {
  return record.closedAt !== undefined && Date.parse(record.closedAt) < before.getTime();
}

/** The ordering of `list`: priority, then age. */
export function queueOrder(a: HandoffRecord, b: HandoffRecord): number {
  return b.priority - a.priority || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

export function matchesFilter(record: HandoffRecord, filter: HandoffFilter): boolean {
  return (!filter.statuses || filter.statuses.includes(record.status))
    && (!filter.queues || filter.queues.includes(record.queue))
    && (!filter.botId || filter.botId === record.botId)
    && (!filter.conversationId || filter.conversationId === record.conversationId);
}

export function applyChange(record: HandoffRecord, change: HandoffChange): HandoffRecord {
  const { agentId, ...rest } = change;
  const next: HandoffRecord = { ...record, ...rest };
  if (agentId === null) {
    const { agentId: _dropped, ...withoutAgent } = next;
    return withoutAgent;
  }
  return agentId === undefined ? next : { ...next, agentId };
}
