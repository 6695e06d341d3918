// The rules for a conversation saved under another version of the bot, as pure functions: where each
// flow in progress moves when its flow, state or awaited slot is gone, and which slot values the bot
// no longer declares. repairState applies them on the next turn; `baton validate --against` and the
// start-up check count them over a store without changing anything.
import type { CompiledBot, CompiledFlow, CompiledState } from '../config/compiledBot';
import { hasOwnEntry, ownEntry } from '../config/ownEntry';
import type { ConversationState, Frame, Waiting } from './conversationState';
import type { SlotValue } from './slotValue';

/** Why a frame moves: its flow is gone, its state is gone, or its state no longer waits for what it waited for. */
export type MoveReason = 'flow_removed' | 'state_removed' | 'wait_changed';

export interface FrameMove {
  /** The frame's position in the stack (the last is the active flow). */
  readonly index: number;
  readonly from: Frame;
  /** The nearest valid frame; undefined when the flow is gone and the frame is dropped. */
  readonly to: Frame | undefined;
  readonly reason: MoveReason;
}

export interface StackRepair {
  /** The stack after the moves (the same array when nothing moves). */
  readonly stack: readonly Frame[];
  readonly moves: readonly FrameMove[];
  /** The active flow moved (or went away), so the question the customer answers is no longer there. */
  readonly activeMoved: boolean;
}

export interface StateRepairs extends StackRepair {
  /** Values of a flow's own slots the bot no longer declares (all of a flow's when the flow is gone). */
  readonly droppedFlowSlots: ReadonlyArray<{ readonly flow: string; readonly slot: string }>;
  /** Conversation slot values no flow and no manifest declares any more. */
  readonly droppedSlots: readonly string[];
}

const slotNamesOf = new WeakMap<CompiledBot, ReadonlySet<string>>();

/** Everything the bot would change in a stored state, without changing it. */
export function stateRepairs(bot: CompiledBot, state: Pick<ConversationState, 'stack' | 'slots' | 'flowSlots'>): StateRepairs {
  const droppedFlowSlots: Array<{ flow: string; slot: string }> = [];
  for (const [flow, values] of Object.entries(state.flowSlots)) {
    const kept = new Set((keptFlowSlots(bot, flow, values) ?? Object.entries(values)).map(([name]) => name));
    for (const slot of Object.keys(values)) if (!kept.has(slot)) droppedFlowSlots.push({ flow, slot });
  }
  return { ...repairStack(bot, state.stack), droppedFlowSlots, droppedSlots: Object.keys(state.slots).filter((name) => !isSlotOfBot(bot, name)) };
}

/** Moves each frame whose flow, state or awaited slot is gone to the nearest valid point. */
export function repairStack(bot: CompiledBot, stack: readonly Frame[]): StackRepair {
  const top = stack.length - 1;
  const moves: FrameMove[] = [];
  const repaired: Frame[] = [];
  stack.forEach((frame, index) => {
    const flow = ownEntry(bot.flows, frame.flow);
    const move = flow ? repairFrame(frame, flow) : { to: undefined, reason: 'flow_removed' as const };
    if (!move) {
      repaired.push(frame);
      return;
    }
    moves.push({ index, from: frame, ...move });
    if (move.to) repaired.push(move.to);
  });
  return { stack: moves.length > 0 ? repaired : stack, moves, activeMoved: moves.some((m) => m.index === top) };
}

/**
 * The values of a flow's own slots that the flow still declares, when some are not (none when the
 * flow is gone); undefined when every value is kept.
 */
export function keptFlowSlots(bot: CompiledBot, flow: string, values: Readonly<Record<string, SlotValue>>): Array<[string, SlotValue]> | undefined {
  const compiled = ownEntry(bot.flows, flow);
  const kept = compiled ? Object.entries(values).filter(([name]) => hasOwnEntry(compiled.slots, name)) : [];
  return kept.length !== Object.keys(values).length ? kept : undefined;
}

/** Whether the manifest or any flow declares a slot of this name. */
export function isSlotOfBot(bot: CompiledBot, name: string): boolean {
  let names = slotNamesOf.get(bot);
  if (!names) {
    names = new Set([...Object.keys(bot.slots), ...Object.values(bot.flows).flatMap((f) => Object.keys(f.slots))]);
    slotNamesOf.set(bot, names);
  }
  return names.has(name);
}

/** Undefined when the frame's state and what it waits for still exist; else the nearest valid frame. */
function repairFrame(frame: Frame, flow: CompiledFlow): { to: Frame; reason: MoveReason } | undefined {
  const state = ownEntry(flow.states, frame.state);
  if (!state) return { to: { flow: frame.flow, state: flow.start, attempts: 0 }, reason: 'state_removed' };
  if (frame.waiting && !stillWaits(frame.waiting, state, flow)) return { to: { flow: frame.flow, state: frame.state, attempts: 0 }, reason: 'wait_changed' };
  return undefined;
}

function stillWaits(waiting: Waiting, state: CompiledState, flow: CompiledFlow): boolean {
  switch (waiting.kind) {
    case 'slot':
    case 'confirmSlot':
      return state.kind === 'collect' && state.collect.includes(waiting.slot) && hasOwnEntry(flow.slots, waiting.slot);
    case 'choice':
      return state.kind === 'ask';
    case 'action':
      return state.kind === 'call' && state.call === waiting.action;
  }
}
