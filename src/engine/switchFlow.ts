// A message asks for another flow: start it (filling its slots from the same message), bring up
// the instance already waiting beneath, or, while a flow waits for an answer, follow that flow's
// interrupt policy: switch at once, ask first, or never (the message is then no answer).
import type { EntityMatch } from '../nlu/entities/entitySpec';
import { bringUp, resume, stackIndex, startFlow, yesNo } from './advance';
import { answerWithValue, invalid } from './answerWaiting';
import { absorbEntities } from './slotFilling';
import type { Turn } from './turn';

export function requestFlow(turn: Turn, flow: string, intent: string, text: string, entities: readonly EntityMatch[]): void {
  const active = turn.flow;
  // An urgent flow (stopping things, asking for a person) is never questioned.
  const urgent = turn.bot.flows[flow]!.urgent || intent === turn.bot.globals.human;
  const policy = active && turn.frame?.waiting && !urgent ? active.interrupt : 'switch';
  if (policy === 'switch') {
    switchToFlow(turn, flow, intent, entities);
    return;
  }
  if (policy === 'ask') {
    const other = turn.bot.flows[flow]!.title;
    turn.message('confirmSwitch', { values: { flow: active!.title, other }, quickReplies: yesNo(turn) });
    turn.setPrompt({ kind: 'confirmSwitch', flow, intent, entities: entities.slice(0, 20) });
    return;
  }
  // A flow that is never interrupted: a value of the kind it asks for still answers its question.
  if (!answerWithValue(turn, entities)) invalid(turn, text);
}

/** Goes to a flow now: the instance waiting beneath if there is one, else a new run. */
export function switchToFlow(turn: Turn, flow: string, intent: string, entities: readonly EntityMatch[]): void {
  const index = stackIndex(turn, flow);
  if (index >= 0) {
    bringUp(turn, index);
    absorbEntities(turn, entities, new Set<EntityMatch>(), { restated: true });
    resume(turn);
    return;
  }
  // Fill the new flow's slots from its trigger and the same message before its first question is asked.
  turn.pushFrame({ flow, state: turn.bot.flows[flow]!.start, attempts: 0 });
  for (const [slot, value] of Object.entries(turn.bot.flows[flow]!.triggerSets[intent] ?? {})) turn.setSlot(slot, value);
  absorbEntities(turn, entities, new Set<EntityMatch>(), { restated: true, announce: false });
  turn.popFrame();
  startFlow(turn, flow);
}
