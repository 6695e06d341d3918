// Derives analytics events from the handoff queue's events (HandoffService.onEvent): how long a
// customer waited for an agent, how long the agent took to resolve the conversation, and customers
// who left the chat before an agent came (or while one served them).
import type { HandoffEvent } from '../handoff/handoffService';
import type { AnalyticsEvent } from './analyticsEvent';

export function handoffEvents(event: HandoffEvent): AnalyticsEvent[] {
  const { handoff } = event;
  const base = { botId: handoff.botId, conversationId: handoff.conversationId, channel: handoff.packet.customer?.channel ?? 'unknown', ...(handoff.packet.language !== undefined ? { language: handoff.packet.language } : {}), queue: handoff.queue };
  if (event.name === 'handoff.claimed' && handoff.claimedAt) {
    return [{ type: 'claimed', ...base, at: handoff.claimedAt, waitSeconds: secondsBetween(handoff.createdAt, handoff.claimedAt) }];
  }
  if (event.name === 'handoff.resolved' && handoff.closedAt) {
    return [{ type: 'resolved', ...base, at: handoff.closedAt, handlingSeconds: secondsBetween(handoff.claimedAt ?? handoff.createdAt, handoff.closedAt) }];
  }
  if (event.name === 'handoff.abandoned' && handoff.closedAt) {
    return [{ type: 'customerLeft', ...base, at: handoff.closedAt, claimed: false, waitSeconds: secondsBetween(handoff.createdAt, handoff.closedAt) }];
  }
  if (event.name === 'handoff.customerLeft' && handoff.customerLeftAt) {
    return [{ type: 'customerLeft', ...base, at: handoff.customerLeftAt, claimed: true, waitSeconds: secondsBetween(handoff.createdAt, handoff.claimedAt ?? handoff.customerLeftAt) }];
  }
  return [];
}

function secondsBetween(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));
}
