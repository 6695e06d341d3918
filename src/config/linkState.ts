// Compiles one state of a flow: decides its kind, and checks every name it refers to (targets,
// slots, intents, actions and outcomes, conditions, flows, queues).
import { conditionReferences, ConditionSyntaxError, parseCondition } from '../engine/condition';
import { checkTemplates } from './checkTemplates';
import type { BranchCase, CompiledChoice, CompiledSlot, CompiledState, SlotSetting, StateKind } from './compiledBot';
import { didYouMean } from './didYouMean';
import type { State } from './formats.generated';
import { actionNames, actionOutcomes, type LinkContext } from './linkContext';
import { checkSlotSetting } from './checkSlotSetting';
import type { PathSegment } from './locate';
import { oneLanguage } from './oneLanguage';
import { oneLanguageCard } from './oneLanguageCard';
import { hasOwnEntry, ownEntry } from './ownEntry';
import type { SourceFile } from './sourceFile';

export interface FlowScope {
  readonly flow: string;
  readonly source: SourceFile;
  /** Names of the slots the flow may use: its own and the conversation's. */
  readonly slots: ReadonlySet<string>;
  readonly states: ReadonlySet<string>;
  /** Their definitions (filled in as the flow's slots are linked). */
  readonly defs: Readonly<Record<string, CompiledSlot>>;
}

const KINDS = ['collect', 'ask', 'branch', 'call', 'goto', 'handoff', 'end'] as const;

export function linkState(name: string, state: State, scope: FlowScope, ctx: LinkContext): CompiledState | undefined {
  const base = ['states', name];
  const { source } = scope;
  const rep = ctx.reporter;
  const present = KINDS.filter((k) => state[k] !== undefined);
  if (present.length > 1) {
    rep.report('BATON_STATE_CONFLICT', source, [...base, present[1]!], `State "${name}" has both "${present[0]}" and "${present[1]}".`, { part: 'key' });
    return undefined;
  }
  const kind: StateKind = present[0] ?? 'say';
  const partner = (field: keyof State, needs: StateKind): boolean => {
    if (state[field] === undefined || kind === needs) return true;
    rep.report('BATON_STATE_CONFLICT', source, [...base, field], `"${field}" only goes with "${needs}".`, { part: 'key' });
    return false;
  };
  if (!partner('choices', 'ask') || !partner('on', 'call')) return undefined;
  if (state.next !== undefined && ['ask', 'branch', 'call', 'goto', 'end'].includes(kind)) {
    rep.report('BATON_STATE_CONFLICT', source, [...base, 'next'], `A state that does "${kind}" decides its own next state: remove "next".`, { part: 'key' });
    return undefined;
  }
  const target = (value: string, path: PathSegment[]): string => {
    if (value !== 'end' && !scope.states.has(value)) {
      const hint = didYouMean(value, scope.states, 'Use a state of this flow, or `end`.');
      rep.report('BATON_UNKNOWN_STATE', source, path, `"${value}" is not a state of flow ${scope.flow}.`, { hint });
    }
    return value;
  };
  const next = (): string | undefined => {
    if (state.next === undefined) {
      rep.report('BATON_NO_WAY_OUT', source, base, `State "${name}" has no way out.`, { part: 'key' });
      return undefined;
    }
    return target(state.next, [...base, 'next']);
  };
  const slotRef = (slot: string, path: PathSegment[]): void => {
    if (!scope.slots.has(slot)) {
      rep.report('BATON_UNKNOWN_SLOT', source, path, `"${slot}" is not a slot of flow ${scope.flow}.`, { hint: didYouMean(slot, scope.slots, 'Declare it under the flow\'s `slots:`.') });
    }
  };
  state.clear?.forEach((slot, i) => slotRef(slot, [...base, 'clear', i]));
  const common = {
    name,
    ...(state.clear ? { clear: state.clear } : {}),
    say: checkTemplates(state.say, scope.slots, source, [...base, 'say'], rep),
    card: state.card && oneLanguageCard(state.card),
    quick: oneLanguage<readonly string[]>(state.quick),
  };
  if (common.card) {
    for (const field of ['title', 'subtitle', 'text'] as const) checkTemplates(common.card[field], scope.slots, source, [...base, 'card', field], rep);
  }

  switch (kind) {
    case 'say': {
      const to = next();
      return to === undefined ? undefined : { ...common, kind, next: to };
    }
    case 'collect': {
      state.collect!.forEach((slot, i) => slotRef(slot, [...base, 'collect', i]));
      const to = next();
      return to === undefined ? undefined : { ...common, kind, collect: state.collect!, next: to };
    }
    case 'ask': {
      if (!state.choices) {
        rep.report('BATON_STATE_CONFLICT', source, [...base, 'ask'], `"ask" needs "choices"; to collect a free answer use a slot and "collect".`, { part: 'key' });
        return undefined;
      }
      const choices: CompiledChoice[] = state.choices.map((c, i) => {
        const path = [...base, 'choices', i];
        if (c.intent !== undefined && !ctx.intents.has(c.intent)) {
          rep.report('BATON_UNKNOWN_INTENT', source, [...path, 'intent'], `"${c.intent}" is not an intent.`, { hint: didYouMean(c.intent, ctx.intents, 'Use an intent that exists.') });
        }
        const set = checkSlotSetting((c.set ?? {}) as SlotSetting, scope.defs, scope, [...path, 'set'], ctx);
        return { title: oneLanguage<string>(c.title), synonyms: oneLanguage<readonly string[]>(c.synonyms) ?? [], intent: c.intent, set, next: target(c.next, [...path, 'next']) };
      });
      const ask = checkTemplates(state.ask, scope.slots, source, [...base, 'ask'], rep)!;
      return { ...common, kind, ask, choices };
    }
    case 'branch':
      return linkBranch(name, state, scope, ctx, target, slotRef, common);
    case 'call': {
      const outcomes = actionOutcomes(ctx, state.call!);
      if (!outcomes) {
        rep.report('BATON_UNKNOWN_ACTION', source, [...base, 'call'], `"${state.call}" is neither an action of the bot's code nor a webhook.`,
          { hint: didYouMean(state.call!, actionNames(ctx), 'Register it with defineBotCode, or declare it under `webhooks:`.') });
      }
      const on: Record<string, string> = {};
      for (const [outcome, to] of Object.entries(state.on ?? {})) {
        if (outcomes && outcome !== 'error' && !outcomes.includes(outcome)) {
          rep.report('BATON_UNKNOWN_OUTCOME', source, [...base, 'on', outcome], `"${state.call}" never returns "${outcome}".`,
            { part: 'key', hint: didYouMean(outcome, [...outcomes, 'error'], `Its outcomes: ${[...outcomes, 'error'].join(', ')}.`) });
        }
        on[outcome] = target(to!, [...base, 'on', outcome]);
      }
      const action = ownEntry(ctx.code.actions, state.call!);
      for (const slot of action?.sets ?? []) {
        if (!scope.slots.has(slot)) {
          rep.report('BATON_UNDECLARED_SLOT', source, [...base, 'call'], `Action "${state.call}" sets slot "${slot}", which neither flow ${scope.flow} nor the manifest declares.`,
            { hint: didYouMean(slot, scope.slots, 'Declare it under the flow\'s `slots:`; values of undeclared slots are dropped.') });
        }
      }
      for (const outcome of outcomes ?? []) {
        if (!hasOwnEntry(on, outcome)) rep.report('BATON_UNHANDLED_OUTCOME', source, [...base, 'call'], `Outcome "${outcome}" of "${state.call}" has no next state.`);
      }
      return { ...common, kind, call: state.call!, on };
    }
    case 'goto': {
      const [flow, st] = state.goto!.split('.') as [string, string | undefined];
      const states = ctx.flows.get(flow);
      if (!states) {
        rep.report('BATON_UNKNOWN_FLOW', source, [...base, 'goto'], `"${flow}" is not a flow.`, { hint: didYouMean(flow, ctx.flows.keys(), 'Use a flow that exists.') });
      } else if (st !== undefined && !states.has(st)) {
        rep.report('BATON_UNKNOWN_STATE', source, [...base, 'goto'], `"${st}" is not a state of flow ${flow}.`, { hint: didYouMean(st, states, `Use a state of flow ${flow}.`) });
      }
      return { ...common, kind, flow, state: st };
    }
    case 'handoff': {
      const h = state.handoff!;
      const queue = h.queue ?? ctx.defaultQueue;
      if (queue === undefined || !ctx.queues.has(queue)) {
        const message = ctx.queues.size === 0 ? 'The manifest defines no handoff queues.' : `"${queue}" is not a queue of the manifest.`;
        rep.report('BATON_UNKNOWN_QUEUE', source, [...base, 'handoff', ...(h.queue ? ['queue'] : [])], message, { hint: didYouMean(queue ?? '', ctx.queues, 'Define it under `handoff.queues` in the manifest.') });
      }
      if (h.summary !== undefined) checkTemplates(h.summary, scope.slots, source, [...base, 'handoff', 'summary'], rep);
      const to = state.next === undefined ? undefined : target(state.next, [...base, 'next']);
      return { ...common, kind, handoff: { queue: queue ?? '', reason: h.reason ?? 'bot_handoff', summary: h.summary, priority: h.priority }, next: to };
    }
    case 'end':
      return { ...common, kind, all: state.end === 'all' };
  }
}

function linkBranch(
  name: string, state: State, scope: FlowScope, ctx: LinkContext,
  target: (value: string, path: PathSegment[]) => string,
  slotRef: (slot: string, path: PathSegment[]) => void,
  common: Omit<CompiledState, 'kind'>,
): CompiledState | undefined {
  const base = ['states', name, 'branch'];
  const rep = ctx.reporter;
  const cases: BranchCase[] = [];
  const list = state.branch!;
  list.forEach((c, i) => {
    const path = [...base, i];
    if (c.else !== undefined) {
      if (c.when !== undefined || c.next !== undefined || i !== list.length - 1) {
        rep.report('BATON_STATE_CONFLICT', scope.source, path, '`else` stands alone, as the last case.');
      }
      cases.push({ next: target(c.else, [...path, 'else']) });
      return;
    }
    if (c.when === undefined || c.next === undefined) {
      rep.report('BATON_STATE_CONFLICT', scope.source, path, 'A case needs both `when` and `next` (or is the last case, `else`).');
      return;
    }
    try {
      const when = parseCondition(c.when);
      const refs = conditionReferences(when);
      refs.slots.forEach((slot) => slotRef(slot, [...path, 'when']));
      for (const cond of refs.names) {
        if (!hasOwnEntry(ctx.code.conditions, cond)) {
          const hint = didYouMean(cond, [...Object.keys(ctx.code.conditions), ...scope.slots], 'Register it with defineBotCode, or compare a slot, e.g. `email is set`.');
          rep.report('BATON_UNKNOWN_CONDITION', scope.source, [...path, 'when'], `"${cond}" is not a condition of the bot's code.`, { hint });
        }
      }
      cases.push({ when, whenText: c.when, next: target(c.next, [...path, 'next']) });
    } catch (err) {
      if (!(err instanceof ConditionSyntaxError)) throw err;
      rep.report('BATON_BAD_CONDITION', scope.source, [...path, 'when'], err.message);
    }
  });
  if (list[list.length - 1]?.else === undefined) {
    rep.report('BATON_NO_WAY_OUT', scope.source, ['states', name, 'branch'], `Branch "${name}" has no last \`else\` case: when no case holds, the conversation would be stuck.`, { part: 'key' });
  }
  return { ...common, kind: 'branch', branch: cases } as CompiledState;
}

