// The rules for a conversation saved under an older bot, measured without changing it: which flows in
// progress move and where, and which slot values the bot no longer declares.
import { join } from 'node:path';
import type { CompiledBot } from '../../src/config/compiledBot';
import { deepFreeze } from '../../src/config/deepFreeze';
import { loadBot } from '../../src/config/loadBot';
import { newConversation, type ConversationState } from '../../src/engine/conversationState';
import { stateRepairs } from '../../src/engine/stateRepairs';

const original = loadBot(join(__dirname, '..', '..', 'bots', 'acme.yaml')).bot as CompiledBot;

function stored(change: Partial<ConversationState>): ConversationState {
  return { ...newConversation('acme', 'c1'), ...change };
}

describe('the repairs a bot would make to a stored state', () => {
  it('are none for a state the bot still has everything of, and keep the very same stack', () => {
    const state = stored({
      slots: { order_id: '12346' },
      flowSlots: { return_item: { order_item: 'phone charger' } },
      stack: [{ flow: 'return_item', state: 'start', waiting: { kind: 'slot', slot: 'reason' }, attempts: 1 }],
    });
    const repairs = stateRepairs(original, state);
    expect(repairs).toEqual({ stack: state.stack, moves: [], activeMoved: false, droppedFlowSlots: [], droppedSlots: [] });
    expect(repairs.stack).toBe(state.stack);
  });

  it('move an interrupted flow that is gone and a state that is gone, name what slot values go, and change nothing given', () => {
    const { return_item: _gone, ...flows } = original.flows;
    const bot = deepFreeze({ ...original, flows });
    const state = deepFreeze(stored({
      slots: { order_id: '12346', colour: 'red' },
      flowSlots: { return_item: { order_item: 'phone charger' }, order_status: { shade: 'blue' } },
      stack: [
        { flow: 'return_item', state: 'start', waiting: { kind: 'slot', slot: 'reason' }, attempts: 0 },
        { flow: 'order_status', state: 'no_such_state', attempts: 2 },
      ],
    }));
    const repairs = stateRepairs(bot, state);
    expect(repairs.moves).toEqual([
      { index: 0, from: state.stack[0], to: undefined, reason: 'flow_removed' },
      { index: 1, from: state.stack[1], to: { flow: 'order_status', state: bot.flows.order_status!.start, attempts: 0 }, reason: 'state_removed' },
    ]);
    expect(repairs.stack).toEqual([{ flow: 'order_status', state: bot.flows.order_status!.start, attempts: 0 }]);
    expect(repairs.activeMoved).toBe(true);
    expect(repairs.droppedFlowSlots).toEqual([{ flow: 'return_item', slot: 'order_item' }, { flow: 'order_status', slot: 'shade' }]);
    expect(repairs.droppedSlots).toEqual(['colour']);
  });

  it('ask again in the same state when it no longer waits for the slot it waited for', () => {
    const state = stored({ stack: [{ flow: 'return_item', state: 'start', waiting: { kind: 'slot', slot: 'colour' }, attempts: 2 }] });
    expect(stateRepairs(original, state).moves).toEqual([
      { index: 0, from: state.stack[0], to: { flow: 'return_item', state: 'start', attempts: 0 }, reason: 'wait_changed' },
    ]);
  });
});
