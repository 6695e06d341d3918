// Analytics events derived from the real sample bot's turns, as the runtime reports them to onTurn.
import type { AnalyticsEvent } from '../../src/analytics/analyticsEvent';
import { turnEvents } from '../../src/analytics/turnEvents';
import { manualClock } from '../../src/runtime/clock';
import { createRuntime, type Runtime } from '../../src/runtime/createRuntime';
import { createMemoryStore } from '../../src/store/memoryStore';
import { sampleBot } from '../support/startTestServer';

function recordingRuntime(): { runtime: Runtime; events: AnalyticsEvent[] } {
  const { bot, nlu } = sampleBot();
  const events: AnalyticsEvent[] = [];
  const runtime = createRuntime({
    bot, nlu, store: createMemoryStore(), clock: manualClock('2026-11-24T10:00:00Z'),
    onTurn: (outcome, durationMs) => events.push(...turnEvents(outcome, durationMs, { mask: { enabled: true } })),
  });
  return { runtime, events };
}

const customer = { channel: 'webchat', userId: 'u1' };

describe('turnEvents from the sample bot', () => {
  it('marks a message the bot did not understand, with its personal data masked', async () => {
    const { runtime, events } = recordingRuntime();
    await runtime.start('c1', customer);
    await runtime.message('c1', { text: 'purple elephants dance quietly near jo@example.com' });
    const turn = events.find((e) => e.type === 'turn');
    expect(turn).toMatchObject({ type: 'turn', botId: runtime.bot.id, conversationId: 'c1', channel: 'webchat', at: '2026-11-24T10:00:00.000Z', understood: false, text: 'purple elephants dance quietly near [email]' });
    expect(turn?.type === 'turn' && turn.responseMs).toBeGreaterThanOrEqual(0);
  });

  it('gives an understood turn its intent and no text', async () => {
    const { runtime, events } = recordingRuntime();
    await runtime.message('c2', { text: 'I want to return an item', customer });
    const turn = events.find((e) => e.type === 'turn');
    expect(turn).toMatchObject({ understood: true, intent: expect.any(String), flow: expect.any(String), state: expect.any(String) });
    expect(turn).not.toHaveProperty('text');
  });

  it('turns an FAQ answer followed by "yes" into the FAQ shown and helpful feedback', async () => {
    const { runtime, events } = recordingRuntime();
    await runtime.message('c3', { text: 'how much is shipping?', customer });
    await runtime.message('c3', { text: 'Yes', payload: 'yes' });
    expect(events.find((e) => e.type === 'turn')).toMatchObject({ understood: true, faq: 'shipping_cost' });
    expect(events.filter((e) => e.type === 'faqFeedback')).toEqual([
      { type: 'faqFeedback', at: '2026-11-24T10:00:00.000Z', botId: runtime.bot.id, conversationId: 'c3', channel: 'webchat', faq: 'shipping_cost', helpful: true, language: 'en' },
    ]);
  });

  it('turns a rating into satisfaction, and the end of a conversation without a person into containment', async () => {
    const { runtime, events } = recordingRuntime();
    await runtime.message('c4', { text: 'ok goodbye', customer });
    await runtime.message('c4', { text: '4', payload: 'csat:4' });
    expect(events.filter((e) => e.type === 'satisfaction')).toMatchObject([{ score: 4, conversationId: 'c4' }]);
    expect(events.filter((e) => e.type === 'conversationEnded')).toMatchObject([{ contained: true }]);
  });

  it('records a handoff with its queue, reason and mode', async () => {
    const { runtime, events } = recordingRuntime();
    await runtime.message('c5', { text: 'do you take credit cards', customer });
    await runtime.message('c5', { text: 'No', payload: 'no' });
    await runtime.message('c5', { text: 'Yes', payload: 'yes' });
    expect(events.filter((e) => e.type === 'faqFeedback')).toMatchObject([{ faq: 'payment_methods', helpful: false }]);
    expect(events.filter((e) => e.type === 'handoff')).toMatchObject([{ reason: 'faq_not_helpful', queue: expect.any(String), mode: expect.stringMatching(/^(queue|ticket)$/) }]);
  });
});
