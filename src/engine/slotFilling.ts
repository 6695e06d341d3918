// Fills slots from what a message contains: the slot being asked for, any other slot of the active
// flow whose entity appears (so one message can answer several questions), and corrections.
import type { CompiledFlow, CompiledSlot } from '../config/compiledBot';
import type { EntityMatch } from '../nlu/entities/entitySpec';
import type { SlotValue } from './slotValue';
import type { Turn } from './turn';
import type { Understanding } from './understanding';

/** Choice slots are matched as value-list entities named `flow.slot` by the NLU. */
export function choiceEntityName(flow: string, slot: string): string {
  return `${flow}.${slot}`;
}

export function slotEntityName(flow: CompiledFlow, slot: CompiledSlot): string | undefined {
  return slot.entity ?? (slot.choices ? choiceEntityName(flow.name, slot.name) : undefined);
}

export type FillResult = 'filled' | 'invalid' | 'absent';

/** Tries to fill the slot the flow asked for from the message. */
export function fillAskedSlot(turn: Turn, slotName: string, text: string, understanding: Understanding, used: Set<EntityMatch>): FillResult {
  const flow = turn.flow!;
  const def = flow.slots[slotName];
  if (!def) return 'absent';
  const entity = slotEntityName(flow, def);
  if (entity === undefined) {
    const value = text.trim().slice(0, 1000);
    if (value === '') return 'absent';
    return accept(turn, def, value) ? 'filled' : 'invalid';
  }
  const matches = understanding.entities.filter((m) => m.entity === entity && !used.has(m));
  if (matches.length === 0) return 'absent';
  for (const match of matches) {
    if (accept(turn, def, valueOf(match))) {
      used.add(match);
      return 'filled';
    }
  }
  return 'invalid';
}

/**
 * Fills the active flow's other slots from the message's entities. Empty slots take a value
 * silently; with `correct`, a slot that holds a different value is updated and, unless `announce`
 * is false, the change is said.
 */
export function absorbEntities(turn: Turn, understanding: Understanding, used: Set<EntityMatch>, options: { correct: boolean; announce?: boolean; except?: string }): string[] {
  const flow = turn.flow;
  if (!flow) return [];
  const changed: string[] = [];
  for (const def of Object.values(flow.slots)) {
    if (def.name === options.except) continue;
    const entity = slotEntityName(flow, def);
    if (entity === undefined) continue;
    const current = turn.state.slots[def.name];
    if (current !== undefined && !options.correct) continue;
    const match = understanding.entities.find((m) => m.entity === entity && !used.has(m) && valid(turn, def, valueOf(m)));
    if (!match) continue;
    const value = valueOf(match);
    used.add(match);
    if (current !== undefined && sameValue(current, value)) continue;
    turn.setSlot(def.name, value);
    if (current !== undefined) {
      turn.event('slot_corrected', { flow: flow.name, slot: def.name });
      if (options.announce !== false) turn.message('corrected', { values: { slot: def.name, value: match.raw } });
    }
    changed.push(def.name);
  }
  return changed;
}

function accept(turn: Turn, def: CompiledSlot, value: SlotValue): boolean {
  if (!valid(turn, def, value)) return false;
  turn.setSlot(def.name, value);
  return true;
}

function valid(turn: Turn, def: CompiledSlot, value: SlotValue): boolean {
  if (def.validate === undefined) return true;
  try {
    return turn.bot.code.validators[def.validate]?.(value, turn.state.slots) === true;
  } catch {
    return false;
  }
}

export function valueOf(match: EntityMatch): SlotValue {
  return match.value as SlotValue;
}

function sameValue(a: SlotValue, b: SlotValue): boolean {
  return typeof a === 'object' || typeof b === 'object' ? JSON.stringify(a) === JSON.stringify(b) : String(a).toLowerCase() === String(b).toLowerCase();
}
