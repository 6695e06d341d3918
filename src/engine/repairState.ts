// A conversation saved under another version of the bot: flows, states and slots it refers to may be
// gone. This moves it to the nearest point that still exists (the state's flow start, or no flow),
// keeps the slots that still exist, and tells the step whether the customer must be told. The rules
// are stateRepairs'; this applies them to the turn.
import { hasOwnEntry } from '../config/ownEntry';
import type { SlotValue } from './slotValue';
import { isSlotOfBot, keptFlowSlots, repairStack } from './stateRepairs';
import type { Turn } from './turn';

/** True when the active flow had to move (or went away), so the question the customer answers is no longer there. */
export function repairState(turn: Turn): boolean {
  const { bot, state } = turn;
  const { stack, moves, activeMoved } = repairStack(bot, state.stack);
  for (const { from, to } of moves) turn.event('state_moved', { flow: from.flow, state: from.state, to: to ? `${to.flow}.${to.state}` : '' });
  if (moves.length > 0) state.stack = [...stack];
  dropUnknownSlots(turn);
  const prompt = state.prompt;
  const promptGone = (prompt?.kind === 'confirmSwitch' && !hasOwnEntry(bot.flows, prompt.flow))
    || (prompt?.kind === 'didYouMean' && prompt.options.some((o) => !hasOwnEntry(bot.intents, o) && !hasOwnEntry(bot.faq, o)))
    || ((prompt?.kind === 'confirmResume' || prompt?.kind === 'confirmCancel') && (activeMoved || state.stack.length === 0));
  if (promptGone) turn.setPrompt(undefined);
  return activeMoved;
}

/** Forgets values of slots the bot no longer declares (a flow's, or anywhere). */
function dropUnknownSlots(turn: Turn): void {
  const { bot, state } = turn;
  for (const [flow, values] of Object.entries(state.flowSlots)) {
    const kept = keptFlowSlots(bot, flow, values);
    if (kept) replaceFlowSlots(turn, flow, kept);
  }
  for (const name of Object.keys(state.slots)) if (!isSlotOfBot(bot, name)) turn.clearSlot(name, undefined);
}

function replaceFlowSlots(turn: Turn, flow: string, kept: readonly (readonly [string, SlotValue])[]): void {
  turn.forgetFlowSlots(flow);
  for (const [name, value] of kept) turn.setSlot(name, value, flow);
}
