// Links the flows of a bot: triggers, slots, states and their targets, and which states are reachable.
import { checkTemplates } from './checkTemplates';
import { BUILTIN_ENTITIES, type CompiledFlow, type CompiledSlot, type CompiledState } from './compiledBot';
import { didYouMean } from './didYouMean';
import type { Slot } from './formats.generated';
import { humanise } from './linkIntents';
import type { FlowInput, LinkContext } from './linkContext';
import { linkState, type FlowScope } from './linkState';
import { hasOwnEntry } from './ownEntry';
import { stateTargets } from './stateTargets';

export interface LinkedFlows {
  readonly flows: Record<string, CompiledFlow>;
  readonly triggers: Record<string, string>;
}

export function linkFlows(files: readonly FlowInput[], ctx: LinkContext, enteredFromOutside: ReadonlySet<string>): LinkedFlows {
  const out: LinkedFlows = { flows: {}, triggers: {} };
  const rep = ctx.reporter;
  for (const { source, data } of files) {
    if (hasOwnEntry(out.flows, data.flow)) continue; // reported as a duplicate name already
    const triggers = data.trigger === undefined ? [] : typeof data.trigger === 'string' ? [data.trigger] : data.trigger;
    triggers.forEach((intent, i) => {
      const path = typeof data.trigger === 'string' ? ['trigger'] : ['trigger', i];
      if (!ctx.intents.has(intent)) {
        const why = ctx.faq.has(intent) ? `"${intent}" is an FAQ entry, answered on its own; flows start on intents.` : `"${intent}" is not an intent.`;
        rep.report('BATON_UNKNOWN_INTENT', source, path, why, { hint: didYouMean(intent, ctx.intents, 'Use an intent that exists.') });
      } else if (hasOwnEntry(out.triggers, intent)) {
        rep.report('BATON_DUPLICATE_TRIGGER', source, path, `Intent "${intent}" already starts flow ${out.triggers[intent]}.`);
      } else {
        out.triggers[intent] = data.flow;
      }
    });
    const stateNames = new Set(Object.keys(data.states));
    const slotNames = new Set(Object.keys(data.slots ?? {}));
    const scope: FlowScope = { flow: data.flow, source, slots: slotNames, states: stateNames };

    const slots: Record<string, CompiledSlot> = {};
    for (const [name, slot] of Object.entries(data.slots ?? {})) slots[name] = linkSlot(name, slot!, scope, ctx);

    const start = data.start ?? [...stateNames][0]!;
    if (!stateNames.has(start)) {
      rep.report('BATON_UNKNOWN_STATE', source, ['start'], `"${start}" is not a state of flow ${data.flow}.`, { hint: didYouMean(start, stateNames, 'Use a state of this flow.') });
    }
    const states: Record<string, CompiledState> = {};
    for (const [name, state] of Object.entries(data.states)) {
      const compiled = linkState(name, state!, scope, ctx);
      if (compiled) states[name] = compiled;
    }
    for (const state of Object.values(states)) {
      if (state.kind !== 'collect') continue;
      for (const slot of state.collect) {
        const def = data.slots?.[slot];
        if (def && def.ask === undefined) {
          rep.report('BATON_SLOT_NO_ASK', source, ['slots', slot], `Slot "${slot}" is collected by state ${state.name} but has no \`ask\` text.`, { part: 'key' });
        }
      }
    }
    const entries = new Set([start, ...Object.values(slots).flatMap((s) => (s.exhausted ? [s.exhausted] : []))]);
    for (const ref of enteredFromOutside) if (ref.startsWith(`${data.flow}.`)) entries.add(ref.slice(data.flow.length + 1));
    // A state that failed to compile hides its targets: warn about reachability only when all compiled.
    const complete = Object.keys(states).length === stateNames.size;
    for (const name of complete ? unreachable(states, entries) : []) {
      rep.report('BATON_UNREACHABLE_STATE', source, ['states', name], `No transition reaches state "${name}" of flow ${data.flow}.`, { part: 'key' });
    }
    out.flows[data.flow] = { name: data.flow, title: data.title ?? humanise(data.flow).toLowerCase(), description: data.description, triggers, slots, start, states, file: source.file };
  }
  return out;
}

function linkSlot(name: string, slot: Slot, scope: FlowScope, ctx: LinkContext): CompiledSlot {
  const base = ['slots', name];
  const { source } = scope;
  const rep = ctx.reporter;
  if (slot.entity !== undefined && slot.choices !== undefined) {
    rep.report('BATON_SLOT_CONFLICT', source, [...base, 'choices'], `Slot "${name}" has both "entity" and "choices".`, { part: 'key' });
  }
  if (slot.entity !== undefined && !hasOwnEntry(ctx.entities, slot.entity) && !(BUILTIN_ENTITIES as readonly string[]).includes(slot.entity)) {
    const names = [...Object.keys(ctx.entities), ...BUILTIN_ENTITIES];
    rep.report('BATON_UNKNOWN_ENTITY', source, [...base, 'entity'], `"${slot.entity}" is not an entity.`, { hint: didYouMean(slot.entity, names, 'Declare it under `entities:` or use a built-in.') });
  }
  if (slot.validate !== undefined && !hasOwnEntry(ctx.code.validators, slot.validate)) {
    rep.report('BATON_UNKNOWN_VALIDATOR', source, [...base, 'validate'], `"${slot.validate}" is not a validator of the bot's code.`,
      { hint: didYouMean(slot.validate, Object.keys(ctx.code.validators), 'Register it with defineBotCode({ validators }).') });
  }
  if (slot.exhausted !== undefined && slot.exhausted !== 'end' && !scope.states.has(slot.exhausted)) {
    rep.report('BATON_UNKNOWN_STATE', source, [...base, 'exhausted'], `"${slot.exhausted}" is not a state of flow ${scope.flow}.`, { hint: didYouMean(slot.exhausted, scope.states, 'Use a state of this flow, or `end`.') });
  }
  const choices = slot.choices === undefined ? undefined
    : Array.isArray(slot.choices) ? Object.fromEntries(slot.choices.map((c) => [c, [] as string[]]))
      : Object.fromEntries(Object.entries(slot.choices).map(([k, v]) => [k, v ?? []]));
  return {
    name,
    entity: slot.entity,
    choices,
    ask: checkTemplates(slot.ask, scope.slots, source, [...base, 'ask'], rep),
    invalid: checkTemplates(slot.invalid, scope.slots, source, [...base, 'invalid'], rep),
    retries: slot.retries ?? 2,
    validate: slot.validate,
    exhausted: slot.exhausted,
    confirm: slot.confirm ?? false,
  };
}

function unreachable(states: Readonly<Record<string, CompiledState>>, entries: ReadonlySet<string>): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const state = states[name];
    if (state) queue.push(...stateTargets(state));
  }
  return Object.keys(states).filter((name) => !seen.has(name));
}
