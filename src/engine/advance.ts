// Runs a flow's states until the conversation has to wait for the customer, an action or an agent.
import type { CompiledState } from '../config/compiledBot';
import { evaluateCondition } from './condition';
import type { QuickReply } from './effects';
import { startHandoff } from './startHandoff';
import type { Turn } from './turn';

/** More transitions than this in one step means a flow loops without asking anything. */
export const MAX_TRANSITIONS = 50;

export function yesNo(turn: Turn): QuickReply[] {
  const title = (role: 'affirm' | 'deny', fallback: string): string => {
    const intent = turn.bot.globals[role];
    return (intent && turn.bot.intents[intent]?.title) || fallback;
  };
  return [{ title: title('affirm', 'Yes'), payload: 'yes' }, { title: title('deny', 'No'), payload: 'no' }];
}

/** Starts a flow on top of the stack (or in place of the current one, for `goto`). */
export function startFlow(turn: Turn, flow: string, options: { state?: string; replace?: boolean } = {}): void {
  const compiled = turn.bot.flows[flow]!;
  if (options.replace) turn.popFrame();
  turn.pushFrame({ flow, state: options.state ?? compiled.start, attempts: 0 });
  turn.history.flows = [...turn.history.flows, flow];
  turn.event('flow_started', { flow });
  execute(turn, true);
}

export function goTo(turn: Turn, target: string): void {
  if (target === 'end') {
    completeFlow(turn);
    return;
  }
  const frame = turn.frame!;
  turn.setFrame({ flow: frame.flow, state: target, attempts: 0 });
  execute(turn, true);
}

/** Performs the current state; `entering` says its text first (not when continuing after an answer). */
export function execute(turn: Turn, entering: boolean): void {
  const frame = turn.frame;
  const state = turn.current;
  if (!frame || !state) return;
  if (++turn.transitions > MAX_TRANSITIONS) {
    turn.state.stack = [];
    turn.message('error', { quickReplies: yesNo(turn) });
    turn.setPrompt({ kind: 'offerHuman', reason: 'flow_loop' });
    return;
  }
  if (entering) {
    const quickReplies = state.quick?.map((q) => ({ title: q, payload: q }));
    turn.say(state.say, `${frame.flow}.${state.name}`, { card: state.card, quickReplies });
  }
  run(turn, state);
}

function run(turn: Turn, state: CompiledState): void {
  const frame = turn.frame!;
  switch (state.kind) {
    case 'say':
      goTo(turn, state.next);
      return;
    case 'collect': {
      const missing = state.collect.find((slot) => turn.state.slots[slot] === undefined);
      if (missing === undefined) {
        goTo(turn, state.next);
        return;
      }
      turn.setFrame({ ...frame, waiting: { kind: 'slot', slot: missing } });
      askSlot(turn, missing, frame.attempts);
      return;
    }
    case 'ask':
      turn.setFrame({ ...frame, waiting: { kind: 'choice' } });
      askChoices(turn, frame.attempts);
      return;
    case 'branch': {
      const code = turn.bot.code.conditions;
      const slots = turn.state.slots;
      const taken = state.branch.find((c) => c.when === undefined || evaluateCondition(c.when, slots, (name) => safely(() => code[name]?.(slots) === true)));
      goTo(turn, taken!.next);
      return;
    }
    case 'call': {
      const callId = `${turn.state.turn}.${turn.transitions}`;
      turn.setFrame({ ...frame, waiting: { kind: 'action', callId, action: state.call } });
      turn.effects.push({ type: 'call', callId, action: state.call, slots: { ...turn.state.slots } });
      return;
    }
    case 'goto':
      startFlow(turn, state.flow, { state: state.state, replace: true });
      return;
    case 'handoff':
      startHandoff(turn, state.handoff, state.next ? { flow: frame.flow, state: state.next } : undefined);
      return;
    case 'end':
      completeFlow(turn);
      return;
  }
}

export function askSlot(turn: Turn, slot: string, attempt: number): void {
  const def = turn.slotDef(slot);
  if (!def) return;
  const quickReplies = def.choices ? Object.keys(def.choices).map((value) => ({ title: value, payload: `slot:${slot}:${value}` })) : undefined;
  turn.say(def.ask, `${turn.frame!.flow}.slot.${slot}`, { attempt, quickReplies });
}

export function askChoices(turn: Turn, attempt: number): void {
  const state = turn.current;
  if (state?.kind !== 'ask') return;
  const quickReplies = state.choices.map((c, i) => ({ title: c.title, payload: `choice:${i}` }));
  turn.say(state.ask, `${turn.frame!.flow}.${state.name}.ask`, { attempt, quickReplies });
}

/** Asks again whatever the active flow waits for, after an interruption. */
export function reask(turn: Turn): void {
  const frame = turn.frame;
  if (!frame) return;
  if (frame.waiting?.kind === 'slot' || frame.waiting?.kind === 'confirmSlot') askSlot(turn, frame.waiting.slot, frame.attempts);
  else if (frame.waiting?.kind === 'choice') askChoices(turn, frame.attempts);
  else if (!frame.waiting) execute(turn, false);
}

/** Finishes the active flow; resumes an interrupted one, or asks whether there is anything else. */
export function completeFlow(turn: Turn, how: 'completed' | 'cancelled' = 'completed'): void {
  const done = turn.popFrame();
  if (!done) return;
  turn.event(how === 'completed' ? 'flow_completed' : 'flow_cancelled', { flow: done.flow });
  if (turn.state.status !== 'bot') return;
  if (turn.frame) {
    resume(turn);
    return;
  }
  const offline = turn.state.offline;
  if (offline) {
    turn.state.offline = undefined;
    if (how === 'completed') startHandoff(turn, offline.target, offline.resume, { ticket: true, where: offline.where });
    return;
  }
  if (how === 'completed' && done.flow !== turn.bot.start) {
    turn.message('anythingElse', { quickReplies: yesNo(turn) });
    turn.setPrompt({ kind: 'anythingElse' });
  }
}

export function resume(turn: Turn): void {
  const flow = turn.flow;
  if (!flow) return;
  turn.message('resume', { values: { flow: flow.title } });
  reask(turn);
}

function safely(fn: () => boolean): boolean {
  try {
    return fn();
  } catch {
    return false;
  }
}
