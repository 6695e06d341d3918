// Queue wait and handling times derived from the handoff service's events.
import { handoffEvents } from '../../src/analytics/handoffEvents';
import type { HandoffRecord } from '../../src/handoff/handoffRecord';

const record = (overrides: Partial<HandoffRecord>): HandoffRecord => ({
  id: 'h1', botId: 'acme', conversationId: 'c1', queue: 'orders', priority: 50, status: 'assigned', createdAt: '2026-11-24T10:00:00.000Z', messages: [],
  packet: { conversationId: 'c1', customer: { channel: 'msteams' } } as HandoffRecord['packet'],
  ...overrides,
});

describe('handoffEvents', () => {
  it('times the wait from handoff to claim', () => {
    expect(handoffEvents({ name: 'handoff.claimed', handoff: record({ claimedAt: '2026-11-24T10:01:30.000Z' }) })).toEqual([
      { type: 'claimed', at: '2026-11-24T10:01:30.000Z', botId: 'acme', conversationId: 'c1', channel: 'msteams', queue: 'orders', waitSeconds: 90 },
    ]);
  });

  it('times the handling from claim to resolution', () => {
    const resolved = record({ status: 'resolved', claimedAt: '2026-11-24T10:01:00.000Z', closedAt: '2026-11-24T10:06:00.000Z' });
    expect(handoffEvents({ name: 'handoff.resolved', handoff: resolved })).toMatchObject([{ type: 'resolved', handlingSeconds: 300, at: '2026-11-24T10:06:00.000Z' }]);
  });

  it('counts a customer who left the chat while waiting, and one who left an agent', () => {
    const abandoned = record({ status: 'abandoned', closedAt: '2026-11-24T10:02:00.000Z' });
    expect(handoffEvents({ name: 'handoff.abandoned', handoff: abandoned })).toEqual([
      { type: 'customerLeft', at: '2026-11-24T10:02:00.000Z', botId: 'acme', conversationId: 'c1', channel: 'msteams', queue: 'orders', claimed: false, waitSeconds: 120 },
    ]);
    const left = record({ claimedAt: '2026-11-24T10:00:45.000Z', customerLeftAt: '2026-11-24T10:05:00.000Z' });
    expect(handoffEvents({ name: 'handoff.customerLeft', handoff: left })).toMatchObject([{ type: 'customerLeft', at: '2026-11-24T10:05:00.000Z', claimed: true, waitSeconds: 45 }]);
  });

  it('ignores the other handoff events', () => {
    expect(handoffEvents({ name: 'handoff.message', handoff: record({}) })).toEqual([]);
    expect(handoffEvents({ name: 'handoff.returned', handoff: record({ closedAt: '2026-11-24T10:06:00.000Z' }) })).toEqual([]);
  });
});
