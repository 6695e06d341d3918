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
  readonly customerLeftAt?: string;
  /** A ticket's answers, replacing those stored. */
  readonly ticket?: TicketProgress;
}

/** What an agent's write answered, kept under its idempotency key so a retry answers the same. */
export interface KeptAnswer {
  readonly status: number;
  /** What the request was (method, path, body digest): a key reused for another request is refused. */
  readonly request: string;
  readonly body: unknown;
}

/** `reserved`: this request runs the write; `pending`: another request with the key is running it; `answered`: replay this. */
export type KeyReservation = { readonly kind: 'reserved' } | { readonly kind: 'pending' } | { readonly kind: 'answered'; readonly answer: KeptAnswer };

/** Idempotency keys are kept at least this long after their write. */
export const IDEMPOTENCY_TTL_MS = 24 * 3600_000;
/** A reservation whose write never answered (its process died) may be taken again after this long. */
export const RESERVATION_STALE_MS = 60_000;

export interface HandoffStore {
  create(record: HandoffRecord): Promise<void>;
  get(id: string): Promise<HandoffRecord | undefined>;
  /** Highest priority first, then the longest waiting. */
  list(filter: HandoffFilter): Promise<HandoffRecord[]>;
  /** Applies the change only if the handoff's status is one of `from`; the updated record, or undefined. */
  transition(id: string, from: readonly HandoffStatus[], change: HandoffChange): Promise<HandoffRecord | undefined>;
  appendMessage(id: string, message: HandoffMessage): Promise<void>;
  /** Takes an idempotency key of the handoff for one write, atomically across processes. */
  reserveKey(id: string, key: string, at: Date): Promise<KeyReservation>;
  /** Keeps the write's answer under its key; undefined gives the key up (nothing was stored, a retry may run). */
  settleKey(id: string, key: string, answer: KeptAnswer | undefined, at: Date): Promise<void>;
  /** Deletes the bot's handoffs closed (resolved, returned, cancelled, abandoned) before `before`; how many went. */
  purgeClosed(botId: string, before: Date): Promise<number>;
  /** Deletes every handoff of these conversations, open or not (a privacy erasure); how many went. */
  eraseConversations(botId: string, conversationIds: readonly string[]): Promise<number>;
}

/** What a reservation finds in a stored entry: its answer, a write still running, or nothing that counts. */
export function reservationOf(entry: { at: number; answer?: KeptAnswer } | undefined, at: Date): KeyReservation | undefined {
  if (!entry || entry.at < at.getTime() - IDEMPOTENCY_TTL_MS) return undefined;
  if (entry.answer) return { kind: 'answered', answer: entry.answer };
  return entry.at >= at.getTime() - RESERVATION_STALE_MS ? { kind: 'pending' } : undefined;
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
