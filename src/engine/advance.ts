// Runs a flow's states until the conversation has to wait for the customer, an action or an agent.
import { botLanguage } from '../language/botLanguage';
import type { CompiledState } from '../config/compiledBot';
import { humanise } from '../config/humanise';
import { hasOwnEntry } from '../config/ownEntry';
import { evaluateCondition } from './condition';
import type { QuickReply } from './effects';
import { startHandoff } from './startHandoff';
import type { Turn } from './turn';

/** More transitions than this in one step means a flow loops without asking anything. */
export const MAX_TRANSITIONS = 50;

export function yesNo(turn: Turn): QuickReply[] {
  // An intent's own title ("Yes, please"), never one made from its name ("Affirm").
  const title = (role: 'affirm' | 'deny', fallback: string): string => {
    const intent = turn.bot.globals[role];
    const own = intent !== undefined ? turn.bot.intents[intent]?.title : undefined;
    return own !== undefined && intent !== undefined && own !== humanise(intent) ? own : fallback;
  };
  const { phrases } = botLanguage(turn.bot);
  return [{ title: title('affirm', phrases.yes), payload: 'yes' }, { title: title('deny', phrases.no), payload: 'no' }];
}

/** Starts a flow on top of the stack. */
export function startFlow(turn: Turn, flow: string, options: { state?: string } = {}): void {
  const compiled = turn.bot.flows[flow]!;
  turn.pushFrame({ flow, state: options.state ?? compiled.start, attempts: 0 });
  turn.history.flows = [...turn.history.flows, flow];
  turn.event('flow_started', { flow });
  execute(turn, true);
}

/** Where a flow waits beneath the active one, or -1. */
export function stackIndex(turn: Turn, flow: string): number {
  return turn.state.stack.findIndex((f) => f.flow === flow);
}

/** Moves the waiting instance of a flow to the top of the stack: a flow is on the stack at most once. */
export function bringUp(turn: Turn, index: number): void {
  const stack = [...turn.state.stack];
  const [frame] = stack.splice(index, 1);
  turn.state.stack = [...stack, frame!];
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
    for (const slot of state.clear ?? []) turn.clearSlot(slot);
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
      const missing = state.collect.find((slot) => turn.slotValue(slot) === undefined);
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
      const slots = turn.slots;
      const taken = state.branch.find((c) => c.when === undefined || evaluateCondition(c.when, slots, (name) => safely(() => code[name]?.(slots) === true)));
      goTo(turn, taken!.next);
      return;
    }
    case 'call': {
      const callId = `${turn.state.turn}.${turn.transitions}`;
      turn.setFrame({ ...frame, waiting: { kind: 'action', callId, action: state.call } });
      turn.effects.push({ type: 'call', callId, action: state.call, slots: turn.slots });
      return;
    }
    case 'goto':
      goToFlow(turn, state.flow, state.state);
      return;
    case 'handoff':
      startHandoff(turn, state.handoff, state.next ? { flow: frame.flow, state: state.next } : undefined);
      return;
    case 'end':
      if (state.all) dropBeneath(turn);
      completeFlow(turn);
      return;
  }
}

/** `goto`: the current flow gives way; a flow already waiting beneath resumes (never a second copy). */
function goToFlow(turn: Turn, flow: string, state: string | undefined): void {
  turn.popFrame();
  const index = stackIndex(turn, flow);
  if (index < 0) {
    startFlow(turn, flow, { state });
    return;
  }
  bringUp(turn, index);
  if (state !== undefined && hasOwnEntry(turn.bot.flows[flow]!.states, state)) {
    turn.setFrame({ flow, state, attempts: 0 });
    execute(turn, true);
    return;
  }
  resume(turn);
}

export function askSlot(turn: Turn, slot: string, attempt: number): void {
  const def = turn.slotDef(slot);
  if (!def) return;
  const quickReplies = def.choices ? Object.keys(def.choices).map((value) => ({ title: def.choiceTitles?.[value] ?? value, payload: `slot:${slot}:${value}` })) : undefined;
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

/** Ends the active flow: its slots are forgotten as it says, then an interrupted flow resumes (as its policy says), or the bot asks whether there is anything else. */
export function completeFlow(turn: Turn): void {
  const done = turn.popFrame();
  if (!done) return;
  turn.event('flow_completed', { flow: done.flow });
  const compiled = turn.bot.flows[done.flow];
  if (compiled?.forget) turn.forgetFlowSlots(done.flow, compiled.forget.keep);
  if (turn.state.status !== 'bot') return;
  if (turn.frame) {
    afterInterruption(turn, done.flow);
    return;
  }
  const offline = turn.state.offline;
  if (offline) {
    turn.state.offline = undefined;
    startHandoff(turn, offline.target, offline.resume, { ticket: true, where: offline.where, leftBy: done.flow });
    return;
  }
  if (done.flow !== turn.bot.start && compiled?.anythingElse !== false) askAnythingElse(turn);
}

/** Back to the flow beneath, after the one that interrupted it ended: at once, after asking, or never. */
export function afterInterruption(turn: Turn, ended: string): void {
  while (turn.frame) {
    const policy = turn.flow?.resume ?? 'now';
    if (policy === 'now') {
      resume(turn);
      return;
    }
    if (policy === 'ask') {
      turn.message('confirmResume', { values: { flow: turn.flow!.title }, quickReplies: yesNo(turn) });
      turn.setPrompt({ kind: 'confirmResume' });
      return;
    }
    dropFlow(turn);
  }
  if (turn.bot.flows[ended]?.anythingElse !== false) askAnythingElse(turn);
}

/** Drops the active flow unfinished: nothing it collected is kept. */
export function dropFlow(turn: Turn): void {
  const dropped = turn.popFrame();
  if (!dropped) return;
  turn.event('flow_cancelled', { flow: dropped.flow });
  turn.forgetFlowSlots(dropped.flow);
}

/** Drops every interrupted flow beneath the active one. */
export function dropBeneath(turn: Turn): void {
  const active = turn.popFrame();
  while (turn.frame) dropFlow(turn);
  if (active) turn.pushFrame(active);
}

export function resume(turn: Turn): void {
  const flow = turn.flow;
  if (!flow) return;
  turn.message('resume', { values: { flow: flow.title } });
  reask(turn);
}

export function askAnythingElse(turn: Turn): void {
  turn.message('anythingElse', { quickReplies: yesNo(turn) });
  turn.setPrompt({ kind: 'anythingElse' });
}

function safely(fn: () => boolean): boolean {
  try {
    return fn();
  } catch {
    return false;
  }
}
