// The customer hears when a person joins and leaves: on a claim, a transfer to another agent or to
// a queue, a resolve and a hand-back, each in its place among the conversation's deliveries.
import { join } from 'node:path';
import { loadBot } from '../../src/config/loadBot';
import { announceAgents } from '../../src/handoff/announceAgents';
import { HandoffService } from '../../src/handoff/handoffService';
import { manualClock } from '../../src/runtime/clock';
import { deliverInOrder } from '../../src/server/deliverInOrder';
import { createMemoryAgentDirectory } from '../../src/store/memoryAgentDirectory';
import { createMemoryHandoffStore } from '../../src/store/memoryHandoffStore';

const bot = loadBot(join(__dirname, '..', '..', 'bots', 'acme.yaml')).bot!;
const packet = (conversationId: string) => ({ conversationId, queue: 'orders', priority: 50 }) as never;

describe('agent announcements', () => {
  it('say who joined and who left on claims, transfers, resolves and hand-backs, before what is delivered after them', async () => {
    const service = new HandoffService(createMemoryHandoffStore(), manualClock('2026-11-24T10:00:00Z'));
    const accounts = createMemoryAgentDirectory();
    await accounts.save({ id: 'ann', name: 'Ann Lee', queues: ['orders'], capacity: 3 }, 'ann-password');
    await accounts.save({ id: 'bob', name: 'Bob Stone', queues: ['orders', 'billing'], capacity: 3 }, 'bob-password');
    const told: string[] = [];
    const deliver = deliverInOrder(async (conversationId, replies) => { told.push(`${conversationId}: ${replies.map((r) => r.text).join(' ')}`); return true; });
    announceAgents(service, accounts, () => bot, deliver);

    const first = await service.enqueue('acme', packet('c1'), 'queue');
    const claimed = await service.claim(first.id, 'ann', 3);
    await deliver('c1', [{ text: "Ann's reply" }]);
    const toBob = await service.transfer(claimed.ok ? claimed.handoff : first, { agentId: 'bob' });
    const toQueue = await service.transfer(toBob!, { queue: 'billing' });
    await service.close(toQueue!, 'resolved');

    const second = await service.enqueue('acme', packet('c2'), 'queue');
    const held = await service.claim(second.id, 'bob', 3);
    await service.close(held.ok ? held.handoff : second, 'returned');
    await deliver('c2', [{ text: "I'm back" }]);

    // Each conversation's deliveries in order; conversations do not wait for each other.
    const of = (id: string) => told.filter((line) => line.startsWith(`${id}: `)).map((line) => line.slice(id.length + 2));
    expect(of('c1')).toEqual([
      'Ann Lee from Acme Support joined the conversation.',
      "Ann's reply",
      'Ann Lee has left the conversation.',
      'Bob Stone from Acme Support joined the conversation.',
      'Bob Stone has left the conversation.',
    ]);
    expect(of('c2')).toEqual(['Bob Stone from Acme Support joined the conversation.', 'Bob Stone has left the conversation.', "I'm back"]);
  });
});
