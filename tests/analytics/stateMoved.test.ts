// A redeploy that removes the flow a conversation waits in is recorded in analytics: the support
// lead sees how many conversations a bot change moved, and from where.
import type { AnalyticsEvent } from '../../src/analytics/analyticsEvent';
import { summariseAnalytics } from '../../src/analytics/summariseAnalytics';
import { turnEvents } from '../../src/analytics/turnEvents';
import type { CompiledBot } from '../../src/config/compiledBot';
import { deepFreeze } from '../../src/config/deepFreeze';
import { manualClock } from '../../src/runtime/clock';
import { createRuntime } from '../../src/runtime/createRuntime';
import { createMemoryStore } from '../../src/store/memoryStore';
import { sampleBot } from '../support/startTestServer';

describe('a conversation moved by a new version of the bot', () => {
  it('is recorded as stateMoved, from the flow state that is gone, and counted in the summary', async () => {
    const { bot, nlu } = sampleBot();
    const store = createMemoryStore();
    const clock = manualClock('2026-11-24T10:00:00Z');
    const customer = { channel: 'webchat', userId: 'u1' };
    const before = createRuntime({ bot, nlu, store, clock });
    const waiting = (await before.message('c1', { text: 'I want to return an item', customer })).state.stack.at(-1);
    expect(waiting?.flow).toBe('return_item');

    const flows = { ...bot.flows };
    delete flows.return_item;
    const changed: CompiledBot = deepFreeze({ ...bot, flows });
    const events: AnalyticsEvent[] = [];
    const after = createRuntime({ bot: changed, nlu, store, clock, onTurn: (outcome, ms) => events.push(...turnEvents(outcome, ms)) });
    await after.message('c1', { text: '#12346', customer });

    const moved = events.filter((e) => e.type === 'stateMoved');
    expect(moved).toEqual([{ type: 'stateMoved', at: expect.any(String), botId: bot.id, conversationId: 'c1', channel: 'webchat', from: `return_item.${waiting!.state}`, to: '', language: 'en' }]);
    expect(summariseAnalytics(events).movedByBotChange).toEqual({ [`return_item.${waiting!.state}`]: 1 });
  });
});
