// Waiting customers hear their new place when the queue moves, once per change.
import { join } from 'node:path';
import { loadBot } from '../../src/config/loadBot';
import { announcePositions } from '../../src/handoff/announcePositions';
import { HandoffService } from '../../src/handoff/handoffService';
import { manualClock } from '../../src/runtime/clock';
import { createMemoryHandoffStore } from '../../src/store/memoryHandoffStore';

const bot = loadBot(join(__dirname, '..', '..', 'bots', 'acme.yaml')).bot!;
const packet = (conversationId: string) => ({ conversationId, queue: 'orders', priority: 50 }) as never;

describe('queue position announcements', () => {
  it('tell each waiting customer their new place after a claim, and only when it changed', async () => {
    const clock = manualClock('2026-11-24T10:00:00Z');
    const service = new HandoffService(createMemoryHandoffStore(), clock);
    const told: string[] = [];
    announcePositions(service, () => bot, async (conversationId, replies) => { told.push(`${conversationId}: ${replies[0]!.text}`); return true; });
    const first = await service.enqueue('acme', packet('c1'), 'queue');
    clock.advance(1000);
    await service.enqueue('acme', packet('c2'), 'queue');
    clock.advance(1000);
    await service.enqueue('acme', packet('c3'), 'queue');
    await new Promise((r) => setTimeout(r, 20));
    await service.claim(first.id, 'ann', 3);
    await new Promise((r) => setTimeout(r, 50));
    expect(told).toEqual([
      expect.stringMatching(/^c2: You're number 1 in the queue/),
      expect.stringMatching(/^c3: You're number 2 in the queue/),
    ]);
  });
});
