// Checks slot values that a trigger or a choice sets: each slot exists in the flow, and a choice
// slot's value is one of its choices.
import type { CompiledSlot, SlotSetting } from './compiledBot';
import { didYouMean } from './didYouMean';
import type { LinkContext } from './linkContext';
import type { FlowScope } from './linkState';
import type { PathSegment } from './locate';
import { hasOwnEntry, ownEntry } from './ownEntry';

export function checkSlotSetting(set: SlotSetting, slots: Readonly<Record<string, CompiledSlot>>, scope: FlowScope, path: readonly PathSegment[], ctx: LinkContext): SlotSetting {
  for (const [name, value] of Object.entries(set)) {
    const def = ownEntry(slots, name);
    if (!def) {
      ctx.reporter.report('BATON_UNKNOWN_SLOT', scope.source, [...path, name], `"${name}" is not a slot of flow ${scope.flow}.`, { part: 'key', hint: didYouMean(name, scope.slots, 'Declare it under the flow\'s `slots:`.') });
    } else if (def.choices && !hasOwnEntry(def.choices, String(value))) {
      const options = Object.keys(def.choices);
      ctx.reporter.report('BATON_BAD_SLOT_VALUE', scope.source, [...path, name], `"${String(value)}" is not one of the choices of slot "${name}".`, { hint: didYouMean(String(value), options, `Its choices: ${options.join(', ')}.`) });
    }
  }
  return set;
}
