// Links the flows of a bot: triggers, slots, states and their targets, and which states are reachable.
import type { CompiledFlow, CompiledSlot, CompiledState, SlotSetting } from './compiledBot';
import { didYouMean } from './didYouMean';
import type { FlowFile } from './formats.generated';
import { humanise } from './humanise';
import { oneLanguage } from './oneLanguage';
import type { FlowInput, LinkContext } from './linkContext';
import { linkSlot, redeclareConversationSlot } from './linkSlot';
import { checkSlotSetting } from './checkSlotSetting';
import { linkState, type FlowScope } from './linkState';
import { hasOwnEntry, ownEntry } from './ownEntry';
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
    const ownNames = new Set(Object.keys(data.slots ?? {}));
    const slotNames = new Set([...Object.keys(ctx.conversationSlots), ...ownNames]);
    const stateNames = new Set(Object.keys(data.states));
    const slots: Record<string, CompiledSlot> = { ...ctx.conversationSlots };
    const scope: FlowScope = { flow: data.flow, source, slots: slotNames, states: stateNames, defs: slots };
    for (const [name, slot] of Object.entries(data.slots ?? {})) {
      const where = { source, path: ['slots', name], templateNames: slotNames, states: stateNames, flow: data.flow, scope: 'flow' as const };
      const own = linkSlot(name, slot!, where, ctx);
      const shared = ownEntry(ctx.conversationSlots, name);
      slots[name] = shared ? redeclareConversationSlot(own, shared, slot!, where, ctx) : own;
    }
    const { triggers, triggerSets } = linkTriggers(data, scope, slots, ctx, out.triggers);

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
        const def = ownEntry(slots, slot);
        if (def && def.ask === undefined) {
          const declared = ownNames.has(slot);
          rep.report('BATON_SLOT_NO_ASK', declared ? source : ctx.manifest, ['slots', slot], `Slot "${slot}" is collected by state ${state.name} of flow ${data.flow} but has no \`ask\` text.`, { part: 'key' });
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
    out.flows[data.flow] = {
      name: data.flow, title: oneLanguage<string>(data.title) ?? humanise(data.flow).toLowerCase(), description: data.description, triggers, triggerSets, slots, start, states, file: source.file,
      interrupt: data.interrupt ?? ctx.conversation.interrupt,
      resume: data.resume ?? ctx.conversation.resume,
      confirmCancel: data.confirmCancel ?? ctx.conversation.confirmCancel,
      anythingElse: data.anythingElse ?? ctx.conversation.anythingElse,
      urgent: data.urgent ?? false,
      collects: [...new Set(Object.values(states).flatMap((s) => (s.kind === 'collect' ? s.collect : [])))],
      ...linkForget(data, slots, source, ctx),
    };
  }
  return out;
}

/** The flow's triggers, each an intent that starts it, perhaps with slot values it sets. */
function linkTriggers(data: FlowFile, scope: FlowScope, slots: Readonly<Record<string, CompiledSlot>>, ctx: LinkContext, taken: Record<string, string>): Pick<CompiledFlow, 'triggers' | 'triggerSets'> {
  const rep = ctx.reporter;
  const source = scope.source;
  const listed = data.trigger === undefined ? [] : Array.isArray(data.trigger) ? data.trigger : [data.trigger];
  const triggers: string[] = [];
  const triggerSets: Record<string, SlotSetting> = {};
  listed.forEach((item, i) => {
    const path = Array.isArray(data.trigger) ? ['trigger', i] : ['trigger'];
    const intent = typeof item === 'string' ? item : item.intent;
    const intentPath = typeof item === 'string' ? path : [...path, 'intent'];
    if (!ctx.intents.has(intent)) {
      const why = ctx.faq.has(intent) ? `"${intent}" is an FAQ entry, answered on its own; flows start on intents.` : `"${intent}" is not an intent.`;
      rep.report('BATON_UNKNOWN_INTENT', source, intentPath, why, { hint: didYouMean(intent, ctx.intents, 'Use an intent that exists.') });
      return;
    }
    if (hasOwnEntry(taken, intent)) {
      rep.report('BATON_DUPLICATE_TRIGGER', source, intentPath, `Intent "${intent}" already starts flow ${taken[intent]}.`);
      return;
    }
    taken[intent] = data.flow;
    triggers.push(intent);
    if (typeof item !== 'string' && item.set) triggerSets[intent] = checkSlotSetting(item.set as SlotSetting, slots, scope, [...path, 'set'], ctx);
  });
  return { triggers, triggerSets };
}

function linkForget(data: FlowFile, slots: Readonly<Record<string, CompiledSlot>>, source: FlowScope['source'], ctx: LinkContext): Pick<CompiledFlow, 'forget'> {
  if (data.forget === undefined || data.forget === false) return {};
  const keep = data.forget === true ? [] : data.forget.keep;
  // A conversation slot may be listed (it is kept anyway); a name the flow cannot use is a mistake.
  keep.forEach((name, i) => {
    if (!ownEntry(slots, name)) {
      ctx.reporter.report('BATON_UNKNOWN_SLOT', source, ['forget', 'keep', i], `"${name}" is not a slot of flow ${data.flow}.`, { hint: didYouMean(name, Object.keys(slots), 'Name one of this flow\'s slots.') });
    }
  });
  return { forget: { keep } };
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
