// A handoff as agents see it: the packet, where it waits, who holds it, and what was said since.
import type { AttachmentRef } from '../engine/attachmentRef';
import type { HandoffPacket } from './handoffPacket';
import type { TicketProgress } from './ticketProgress';

/**
 * `ticket`: kept for the next shift, nobody holds it; `ticket_claimed`: an agent works on it; a closed ticket is `resolved`.
 * `cancelled`: the customer left the queue and went on with the bot; `abandoned`: they left the chat while they waited.
 */
export type HandoffStatus = 'waiting' | 'assigned' | 'resolved' | 'returned' | 'cancelled' | 'abandoned' | 'ticket' | 'ticket_claimed';

/** Statuses in which a conversation is still with the humans. */
export const OPEN_STATUSES: readonly HandoffStatus[] = ['waiting', 'assigned'];

export interface HandoffMessage {
  readonly at: string;
  /** `note`: an internal note, never shown to the customer. */
  readonly from: 'customer' | 'agent' | 'note' | 'system';
  readonly text: string;
  /** Files attached to the message. */
  readonly attachments?: readonly AttachmentRef[];
  readonly agentId?: string;
}

export interface HandoffRecord {
  readonly id: string;
  readonly botId: string;
  readonly conversationId: string;
  readonly queue: string;
  readonly priority: number;
  readonly status: HandoffStatus;
  readonly packet: HandoffPacket;
  readonly createdAt: string;
  readonly agentId?: string;
  readonly claimedAt?: string;
  readonly closedAt?: string;
  /** When the customer left the chat while an agent held the conversation; the agent resolves it. */
  readonly customerLeftAt?: string;
  readonly messages: readonly HandoffMessage[];
  /** Set on handoffs kept as tickets: the answers given and how their emails went. */
  readonly ticket?: TicketProgress;
}
