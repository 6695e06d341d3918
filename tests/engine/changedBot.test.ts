// A conversation saved under an older version of the bot meets a bot whose flow, state or slot is
// gone: the next message moves it to the nearest valid point, keeps what still exists, tells the
// customer, and never fails.
import { join } from 'node:path';
import type { CompiledBot, CompiledFlow } from '../../src/config/compiledBot';
import { deepFreeze } from '../../src/config/deepFreeze';
import { loadBot } from '../../src/config/loadBot';
import { allSlotValues, newConversation, type ConversationState } from '../../src/engine/conversationState';
import type { Effect } from '../../src/engine/effects';
import { step } from '../../src/engine/step';
import type { Understanding } from '../../src/engine/understanding';

const original = loadBot(join(__dirname, '..', '..', 'bots', 'acme.yaml')).bot as CompiledBot;
const AT = '2026-11-24T10:00:00Z';
const nothing: Understanding = { intents: [], outOfScope: true, byPattern: false, entities: [], sentiment: 0, truncated: false };
const replies = (effects: readonly Effect[]): string[] => effects.flatMap((e) => (e.type === 'reply' ? [e.text] : []));

/** The sample bot with one flow changed (or removed, with `undefined`). */
function withFlow(name: string, change: ((flow: CompiledFlow) => CompiledFlow) | undefined): CompiledBot {
  const flows = { ...original.flows };
  if (change) flows[name] = change(original.flows[name]!);
  else delete flows[name];
  return deepFreeze({ ...original, flows });
}

/** A return waiting for its reason, with the order number given and a flow-own value kept. */
function waitingForReason(): ConversationState {
  return {
    ...newConversation('acme', 'c1'),
    turn: 2,
    slots: { order_id: '12346' },
    flowSlots: { return_item: { order_item: 'phone charger', gone_slot: 'x' }, gone_flow: { a: 1 } },
    stack: [{ flow: 'return_item', state: 'start', waiting: { kind: 'slot', slot: 'reason' }, attempts: 0 }],
  };
}

describe('a conversation saved under an older bot', () => {
  it('whose flow is gone goes on with no flow, keeps the conversation slots and says the bot was updated', () => {
    const bot = withFlow('return_item', undefined);
    const result = step(bot, waitingForReason(), { type: 'message', at: AT, text: 'it arrived damaged', understanding: nothing });
    expect(result.state.stack).toEqual([]);
    expect(replies(result.effects)).toEqual([bot.messages.restarted[0]]);
    expect(result.state.slots).toEqual({ order_id: '12346' });
    expect(result.state.flowSlots).toEqual({});
    expect(result.state.transcript.map((t) => [t.from, t.text])).toEqual([['customer', 'it arrived damaged'], ['bot', bot.messages.restarted[0]]]);
    expect(result.effects).toContainEqual({ type: 'event', name: 'state_moved', data: { flow: 'return_item', state: 'start', to: '' } });
  });

  it('whose state is gone starts its flow again, skipping what it knows, and says so', () => {
    const bot = withFlow('return_item', (flow) => {
      const { start, ...rest } = flow.states;
      return { ...flow, start: 'begin', states: { ...rest, begin: { ...start!, name: 'begin' } } };
    });
    const result = step(bot, waitingForReason(), { type: 'message', at: AT, text: 'it arrived damaged', understanding: nothing });
    expect(replies(result.effects)).toEqual([
      "I've been updated since your last message, so let's pick up your return from a step that still exists.",
      'Why are you sending it back?',
    ]);
    expect(result.state.stack).toEqual([{ flow: 'return_item', state: 'begin', waiting: { kind: 'slot', slot: 'reason' }, attempts: 0 }]);
    expect(allSlotValues(result.state)).toEqual({ order_id: '12346', order_item: 'phone charger' });
  });

  it('whose awaited slot is gone goes on from the same state without it', () => {
    const bot = withFlow('return_item', (flow) => {
      const { reason: _reason, ...slots } = flow.slots;
      const start = flow.states.start!;
      return { ...flow, slots, states: { ...flow.states, start: { ...start, kind: 'collect', collect: ['order_id'], next: 'check' } as typeof start } };
    });
    const result = step(bot, waitingForReason(), { type: 'message', at: AT, text: 'it arrived damaged', understanding: nothing });
    expect(replies(result.effects)[0]).toMatch(/I've been updated/);
    expect(result.effects).toContainEqual(expect.objectContaining({ type: 'call', action: 'return_policy' }));
  });

  it('whose flow still has everything goes on as before, with no word about an update', () => {
    const state = waitingForReason();
    const result = step(original, { ...state, flowSlots: { return_item: { order_item: 'phone charger' } } }, {
      type: 'message', at: AT, text: 'it arrived damaged',
      understanding: { ...nothing, entities: [{ entity: 'return_item.reason', value: 'damaged', start: 11, end: 18, raw: 'damaged' }] },
    });
    expect(replies(result.effects).join(' ')).not.toMatch(/updated/);
    expect(result.effects).toContainEqual(expect.objectContaining({ type: 'call', action: 'return_policy', slots: expect.objectContaining({ reason: 'damaged', order_id: '12346' }) }));
  });
});
