// A handoff as agents see it: the packet, where it waits, who holds it, and what was said since.
import type { HandoffPacket } from './handoffPacket';

export type HandoffStatus = 'waiting' | 'assigned' | 'resolved' | 'returned' | 'cancelled' | 'ticket';

/** Statuses in which a conversation is still with the humans. */
export const OPEN_STATUSES: readonly HandoffStatus[] = ['waiting', 'assigned'];

export interface HandoffMessage {
  readonly at: string;
  /** `note`: an internal note, never shown to the customer. */
  readonly from: 'customer' | 'agent' | 'note' | 'system';
  readonly text: string;
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
  readonly messages: readonly HandoffMessage[];
}
