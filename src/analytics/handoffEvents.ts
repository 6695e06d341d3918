// Derives analytics events from the handoff queue's events (HandoffService.onEvent): how long a
// customer waited for an agent, and how long the agent took to resolve the conversation.
import type { HandoffEvent } from '../handoff/handoffService';
import type { AnalyticsEvent } from './analyticsEvent';

export function handoffEvents(event: HandoffEvent): AnalyticsEvent[] {
  const { handoff } = event;
  const base = { botId: handoff.botId, conversationId: handoff.conversationId, channel: handoff.packet.customer?.channel ?? 'unknown', queue: handoff.queue };
  if (event.name === 'handoff.claimed' && handoff.claimedAt) {
    return [{ type: 'claimed', ...base, at: handoff.claimedAt, waitSeconds: secondsBetween(handoff.createdAt, handoff.claimedAt) }];
  }
  if (event.name === 'handoff.resolved' && handoff.closedAt) {
    return [{ type: 'resolved', ...base, at: handoff.closedAt, handlingSeconds: secondsBetween(handoff.claimedAt ?? handoff.createdAt, handoff.closedAt) }];
  }
  return [];
}

function secondsBetween(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));
}
