// The engine: step(bot, state, input) -> { state, effects }. Pure: it runs no I/O, awaits nothing
// and never changes the state it is given. Action results come back as inputs.
import { botInLanguage } from '../config/botInLanguage';
import type { CompiledBot } from '../config/compiledBot';
import { conversationLanguage, type LanguageHints } from './conversationLanguage';
import { hasOwnEntry } from '../config/ownEntry';
import { botLanguage } from '../language/botLanguage';
import { askSlot, execute, goTo, reask, startFlow } from './advance';
import { askRating, offerHuman } from './answerPrompt';
import type { ConversationState } from './conversationState';
import type { Effect } from './effects';
import { handleMessage } from './handleMessage';
import type { LanguageRequest } from './languageRequest';
import { languageRequestIn } from './languageRequestIn';
import type { Input } from './input';
import { repairState } from './repairState';
import type { SlotValue } from './slotValue';
import { Turn } from './turn';

export interface StepResult {
  readonly state: ConversationState;
  readonly effects: readonly Effect[];
}

function languageHints(input: Input, request: LanguageRequest | undefined): LanguageHints {
  if (input.type === 'start') return { asked: input.language, locale: input.locale };
  // "¿hablas español?", a language button: the customer's choice, unless the channel's input names one.
  const asked = input.type === 'message' ? (input.language ?? (request?.kind === 'language' ? request.language : undefined)) : undefined;
  if (input.type === 'message') return { asked, detected: input.detected, locale: input.locale };
  return {};
}

export function step(bot: CompiledBot, state: ConversationState, input: Input): StepResult {
  // The bot as it speaks the conversation's language: its texts, built-in messages and yes/no words.
  const request = languageRequestIn(bot, state, input);
  const { language, from } = conversationLanguage(bot, state, languageHints(input, request));
  // A one-language bot's states stay as they were: no language means its only one.
  // A language no longer served falls back to the main one, which then comes from nowhere: no source is kept.
  const { languageFrom: _kept, ...unsourced } = state;
  const spoken = bot.languages.length > 1 || state.language !== undefined ? { ...unsourced, language, ...(from !== undefined ? { languageFrom: from } : {}) } : state;
  const turn = new Turn(botInLanguage(bot, language), spoken, input.at, bot);
  if ((input.type === 'start' || input.type === 'message') && input.customer) turn.state.customer = { ...turn.state.customer, ...input.customer };
  if (turn.state.notice === 'restarted') {
    turn.state.notice = undefined;
    turn.message('restarted');
  }
  if (repairState(turn) && input.type === 'message') {
    movedOn(turn, input);
    return { state: turn.finish(), effects: turn.effects };
  }
  switch (input.type) {
    case 'start':
      if (turn.state.turn === 0 && turn.state.stack.length === 0) startFlow(turn, turn.bot.start);
      break;
    case 'message':
      turn.state.turn += 1;
      turn.staffed = input.staffed ?? {};
      handleMessage(turn, input, request);
      break;
    case 'actionResult':
      actionResult(turn, input);
      break;
    case 'handBack':
      handBack(turn, input);
      break;
    case 'timer':
      timer(turn, input.name);
      break;
    case 'left':
      left(turn);
      break;
  }
  return { state: turn.finish(), effects: turn.effects };
}

function actionResult(turn: Turn, input: Extract<Input, { type: 'actionResult' }>): void {
  const frame = turn.frame;
  const state = turn.current;
  if (frame?.waiting?.kind !== 'action' || frame.waiting.callId !== input.callId || state?.kind !== 'call') return; // stale
  const action = frame.waiting.action;
  const known = input.outcome === 'error' || (turn.bot.code.actions[action]?.outcomes ?? turn.bot.webhooks[action]?.outcomes ?? []).includes(input.outcome);
  const outcome = known ? input.outcome : 'error';
  const error = known ? input.error : `unknown outcome "${input.outcome}"`;
  turn.history.actions = [...turn.history.actions, { action, outcome, at: turn.at, ...(error ? { error } : {}) }];
  turn.event('action', { action, outcome });
  if (outcome !== 'error') takeActionSlots(turn, action, input.slots ?? {});
  turn.setFrame({ ...frame, waiting: undefined, attempts: 0 });
  const target = state.on[outcome];
  if (outcome === 'error' && !saysOwnWords(turn, target)) turn.message('actionFailed', { values: { system: systemName(turn, action) } });
  if (target !== undefined) {
    goTo(turn, target);
    return;
  }
  if (outcome !== 'error') turn.message('error');
  if (turn.bot.handoff.defaultQueue) offerHuman(turn, outcome === 'error' ? 'action_failed' : 'unhandled_outcome');
}

/** Whether a failed action's `error` branch goes to a state with the author's own words for it. */
function saysOwnWords(turn: Turn, target: string | undefined): boolean {
  const next = target !== undefined && turn.flow !== undefined && hasOwnEntry(turn.flow.states, target) ? turn.flow.states[target] : undefined;
  return (next?.say?.length ?? 0) > 0;
}

/** What the customer hears a failed action or webhook called: its `title`, or "our systems" in the conversation's language. */
function systemName(turn: Turn, action: string): string {
  return (hasOwnEntry(turn.bot.code.actions, action) ? turn.bot.code.actions[action]?.title : undefined) ?? (hasOwnEntry(turn.bot.webhooks, action) ? turn.bot.webhooks[action]?.title : undefined) ?? botLanguage(turn.bot).phrases.ourSystems;
}

/**
 * An action's slot values: `null` forgets a slot; a slot neither the flow nor the manifest declares is
 * not written, and the author is warned. What it sets counts as looked up from the details the flow
 * collects, and is forgotten when one of them changes (order 12346 never shows order 12345's status).
 */
function takeActionSlots(turn: Turn, action: string, slots: Readonly<Record<string, SlotValue | null>>): void {
  const sources = collectedValues(turn, Object.keys(slots));
  for (const [slot, value] of Object.entries(slots)) {
    if (turn.slotDef(slot) === undefined) {
      turn.effects.push({ type: 'warning', code: 'BATON_UNDECLARED_SLOT', message: `Action "${action}" set slot "${slot}", which neither flow ${turn.frame?.flow ?? '(none)'} nor the manifest declares; the value was dropped.` });
    } else if (value === null) {
      turn.clearSlot(slot);
    } else {
      turn.setSlot(slot, value);
      turn.markLookedUp(slot, action, sources);
    }
  }
}

/** The values of the slots the active flow collects (asks the customer for), but those an action sets now. */
function collectedValues(turn: Turn, except: readonly string[]): Record<string, SlotValue> {
  const values: Record<string, SlotValue> = {};
  for (const name of turn.flow?.collects ?? []) {
    const value = turn.slotValue(name);
    if (value !== undefined && !except.includes(name) && !turn.isLookedUp(name)) values[name] = value;
  }
  return values;
}

function handBack(turn: Turn, input: Extract<Input, { type: 'handBack' }>): void {
  const state = turn.state;
  if (state.status !== 'handoff') return;
  const resumeAt = state.handoff?.resume;
  state.status = 'bot';
  state.handoff = undefined;
  const into = input.flow ?? resumeAt?.flow;
  for (const [slot, value] of Object.entries(input.slots ?? {})) turn.setSlot(slot, value, into !== undefined && hasOwnEntry(turn.bot.flows, into) ? into : undefined);
  turn.record({ at: turn.at, from: 'system', text: `Handed back to the bot${input.agent ? ` by ${input.agent}` : ''}.` });
  turn.event('hand_back', { flow: input.flow ?? resumeAt?.flow ?? '', state: input.state ?? resumeAt?.state ?? '' });
  turn.message('handedBack');
  const flow = input.flow ?? resumeAt?.flow;
  // Own entries only: a flow or state named `constructor` by the agent is no flow or state of the bot.
  const compiled = flow !== undefined && hasOwnEntry(turn.bot.flows, flow) ? turn.bot.flows[flow] : undefined;
  if (compiled && flow !== undefined) {
    const target = input.flow !== undefined ? input.state : resumeAt?.state;
    startFlow(turn, flow, { state: target !== undefined && hasOwnEntry(compiled.states, target) ? target : undefined });
    return;
  }
  askRating(turn);
}

/**
 * The bot changed under the conversation and the question the customer answers is gone: keep their
 * message in the transcript, say so, and go on from the nearest valid point.
 */
function movedOn(turn: Turn, input: Extract<Input, { type: 'message' }>): void {
  turn.state.turn += 1;
  turn.record({ at: turn.at, from: 'customer', text: input.text || (input.payload ?? '') });
  const flow = turn.flow;
  if (!flow) {
    turn.message('restarted');
    return;
  }
  turn.message('botChanged', { values: { flow: flow.title } });
  execute(turn, true);
}

function timer(turn: Turn, name: string): void {
  if (name === 'idle' && turn.state.status === 'bot' && turn.frame?.waiting) {
    turn.message('stillThere');
    const w = turn.frame.waiting;
    if (w.kind === 'slot') askSlot(turn, w.slot, turn.frame.attempts);
    else reask(turn);
  } else if (name === 'expire' && turn.state.status === 'bot') {
    turn.state.status = 'ended';
    turn.state.stack = [];
    turn.setPrompt(undefined);
    turn.effects.push({ type: 'end' });
  }
}

/** The customer is gone: the conversation ends where it stands, and the humans hear of it if it was with them. */
function left(turn: Turn): void {
  const state = turn.state;
  if (state.status === 'ended' || state.transcript.length === 0) return;
  turn.record({ at: turn.at, from: 'system', text: 'The customer left the chat.' });
  if (state.status === 'handoff') turn.effects.push({ type: 'customerLeft' });
  state.status = 'ended';
  state.handoff = undefined;
  state.stack = [];
  turn.setPrompt(undefined);
}
