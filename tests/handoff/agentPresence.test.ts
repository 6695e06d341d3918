// A queue is staffed while an agent who serves it has been seen in the last two minutes.
import { AgentPresence, ONLINE_MS } from '../../src/handoff/agentPresence';

describe('agent presence', () => {
  it('staffs the queues of agents seen recently, and no others', () => {
    const presence = new AgentPresence();
    const t0 = new Date('2026-11-24T10:00:00Z');
    presence.seen({ id: 'ann', name: 'Ann', queues: ['orders'], capacity: 2 }, t0);
    expect(presence.staffed(['orders', 'billing'], t0)).toEqual({ orders: true, billing: false });
    expect(presence.staffed(['orders'], new Date(t0.getTime() + ONLINE_MS))).toEqual({ orders: false });
    presence.seen({ id: 'ann', name: 'Ann', queues: ['orders'], capacity: 2 }, t0);
    presence.gone('ann');
    expect(presence.staffed(['orders'], t0)).toEqual({ orders: false });
  });
});
