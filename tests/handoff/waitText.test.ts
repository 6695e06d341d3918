// The estimated wait reads as a person would say it, and a waiting customer hears one from their
// first queue message on: estimated from the queue's recent claims, else from the author's typical
// wait, or plainly "can't estimate yet".
import { join } from 'node:path';
import { loadBot } from '../../src/config/loadBot';
import { HandoffService } from '../../src/handoff/handoffService';
import { queueStatusText } from '../../src/handoff/queueStatusText';
import { waitText } from '../../src/handoff/waitText';
import { manualClock } from '../../src/runtime/clock';
import { createMemoryHandoffStore } from '../../src/store/memoryHandoffStore';

describe('waitText', () => {
  it.each([
    [0, 'less than a minute'],
    [0.4, 'less than a minute'],
    [0.6, 'about 1 minute'],
    [1, 'about 1 minute'],
    [1.4, 'about 1 minute'],
    [2, 'about 2 minutes'],
    [5, 'about 5 minutes'],
    [59, 'about 59 minutes'],
    [60, 'about 1 hour'],
    [150, 'about 3 hours'],
  ])('says %p minutes as "%s"', (minutes, text) => {
    expect(waitText(minutes)).toBe(text);
  });
});

describe('the queue message', () => {
  const bot = loadBot(join(__dirname, '..', '..', 'bots', 'acme.yaml')).bot!;
  const packet = (conversationId: string, queue = 'orders') => ({ conversationId, queue, priority: 50 }) as never;

  it('gives the author\'s typical wait per place before any conversation of the queue was taken', async () => {
    expect(bot.handoff.queues.orders!.typicalWait).toBe(3);
    const clock = manualClock('2026-11-24T10:00:00Z');
    const service = new HandoffService(createMemoryHandoffStore(), clock);
    const first = await service.enqueue('acme', packet('c1'), 'queue');
    clock.advance(1000); // one after the other: the queue is first come, first served
    const second = await service.enqueue('acme', packet('c2'), 'queue');
    expect(queueStatusText(bot, 'c1', await service.position(first), 'orders')).toBe("You're number 1 in the queue; the wait is about 3 minutes. Anything you write now goes to the agent.");
    expect(queueStatusText(bot, 'c2', await service.position(second), 'orders')).toMatch(/^You're number 2 in the queue; the wait is about 6 minutes\./);
  });

  it('says plainly that the wait cannot be estimated in a queue with neither history nor a typical wait', async () => {
    expect(bot.handoff.queues.accounts!.typicalWait).toBeUndefined();
    const service = new HandoffService(createMemoryHandoffStore(), manualClock('2026-11-24T10:00:00Z'));
    const first = await service.enqueue('acme', packet('c1', 'accounts'), 'queue');
    expect(queueStatusText(bot, 'c1', await service.position(first), 'accounts')).toBe(
      "You're number 1 in the queue. I can't estimate the wait yet: an agent will be with you as soon as one is free. Anything you write now goes to the agent.",
    );
  });

  it('gives the wait in grammatical words once claims show how long one takes', async () => {
    const clock = manualClock('2026-11-24T10:00:00Z');
    const service = new HandoffService(createMemoryHandoffStore(), clock);
    const taken = await service.enqueue('acme', packet('c0'), 'queue');
    clock.advance(60_000);
    await service.claim(taken.id, 'ann', 3);
    const second = await service.enqueue('acme', packet('c1'), 'queue');
    clock.advance(1000);
    const third = await service.enqueue('acme', packet('c2'), 'queue');
    expect(queueStatusText(bot, 'c1', await service.position(second), 'orders')).toBe("You're number 1 in the queue; the wait is about 1 minute. Anything you write now goes to the agent.");
    expect(queueStatusText(bot, 'c2', await service.position(third), 'orders')).toMatch(/^You're number 2 in the queue; the wait is about 2 minutes\./);
  });

  it('says "less than a minute" when agents take conversations at once', async () => {
    const service = new HandoffService(createMemoryHandoffStore(), manualClock('2026-11-24T10:00:00Z'));
    await service.claim((await service.enqueue('acme', packet('c0'), 'queue')).id, 'ann', 3);
    const next = await service.enqueue('acme', packet('c1'), 'queue');
    expect(queueStatusText(bot, 'c1', await service.position(next), 'orders')).toMatch(/the wait is less than a minute\./);
  });
});
