// A conversation saved under another version of the bot: flows, states and slots it refers to may be
// gone. This moves it to the nearest point that still exists (the state's flow start, or no flow),
// keeps the slots that still exist, and tells the step whether the customer must be told.
import type { CompiledBot, CompiledFlow, CompiledState } from '../config/compiledBot';
import { hasOwnEntry, ownEntry } from '../config/ownEntry';
import type { Frame, Waiting } from './conversationState';
import type { SlotValue } from './slotValue';
import type { Turn } from './turn';

const slotNamesOf = new WeakMap<CompiledBot, ReadonlySet<string>>();

/** True when the active flow had to move (or went away), so the question the customer answers is no longer there. */
export function repairState(turn: Turn): boolean {
  const { bot, state } = turn;
  let activeMoved = false;
  const top = state.stack.length - 1;
  let changed = false;
  const stack: Frame[] = [];
  state.stack.forEach((frame, i) => {
    const flow = ownEntry(bot.flows, frame.flow);
    const repaired = flow ? repairFrame(frame, flow) : undefined;
    if (repaired === frame) {
      stack.push(frame);
      return;
    }
    changed = true;
    if (i === top) activeMoved = true;
    turn.event('state_moved', { flow: frame.flow, state: frame.state, to: repaired ? `${repaired.flow}.${repaired.state}` : '' });
    if (repaired) stack.push(repaired);
  });
  if (changed) state.stack = stack;
  dropUnknownSlots(turn);
  const prompt = state.prompt;
  const promptGone = (prompt?.kind === 'confirmSwitch' && !hasOwnEntry(bot.flows, prompt.flow))
    || (prompt?.kind === 'didYouMean' && prompt.options.some((o) => !hasOwnEntry(bot.intents, o) && !hasOwnEntry(bot.faq, o)))
    || ((prompt?.kind === 'confirmResume' || prompt?.kind === 'confirmCancel') && (activeMoved || state.stack.length === 0));
  if (promptGone) turn.setPrompt(undefined);
  return activeMoved;
}

/** The same frame when its state and what it waits for still exist; else the nearest valid frame. */
function repairFrame(frame: Frame, flow: CompiledFlow): Frame {
  const state = ownEntry(flow.states, frame.state);
  if (!state) return { flow: frame.flow, state: flow.start, attempts: 0 };
  if (frame.waiting && !stillWaits(frame.waiting, state, flow)) return { flow: frame.flow, state: frame.state, attempts: 0 };
  return frame;
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

/** Forgets values of slots the bot no longer declares (a flow's, or anywhere). */
function dropUnknownSlots(turn: Turn): void {
  const { bot, state } = turn;
  for (const [flow, values] of Object.entries(state.flowSlots)) {
    const compiled = ownEntry(bot.flows, flow);
    const kept = compiled ? Object.entries(values).filter(([name]) => hasOwnEntry(compiled.slots, name)) : [];
    if (kept.length !== Object.keys(values).length) replaceFlowSlots(turn, flow, kept);
  }
  const known = slotNames(bot);
  for (const name of Object.keys(state.slots)) if (!known.has(name)) turn.clearSlot(name, undefined);
}

function replaceFlowSlots(turn: Turn, flow: string, kept: readonly (readonly [string, SlotValue])[]): void {
  turn.forgetFlowSlots(flow);
  for (const [name, value] of kept) turn.setSlot(name, value, flow);
}

function slotNames(bot: CompiledBot): ReadonlySet<string> {
  let names = slotNamesOf.get(bot);
  if (!names) {
    names = new Set([...Object.keys(bot.slots), ...Object.values(bot.flows).flatMap((f) => Object.keys(f.slots))]);
    slotNamesOf.set(bot, names);
  }
  return names;
}
