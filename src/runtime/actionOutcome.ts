// What running an action or webhook produced, as the engine's actionResult input expects it.
import type { SlotValue } from '../engine/slotValue';

export interface ActionOutcome {
  readonly outcome: string;
  readonly slots?: Readonly<Record<string, SlotValue>>;
  /** Why it failed, for `error` outcomes: kept in the handoff packet, never shown to customers. */
  readonly error?: string;
}
