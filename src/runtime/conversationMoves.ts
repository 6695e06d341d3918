// What a bot would change in the conversations a store holds, by flow and state, counted without
// changing any: each stored state is read as the runtime reads it (migrateState) and measured by
// the rules repairState applies (stateRepairs).
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { CompiledBot } from '../config/compiledBot';
import { migrateState } from '../engine/migrateState';
import { stateRepairs, type MoveReason } from '../engine/stateRepairs';
import type { ConversationStore } from '../store/conversationStore';

export interface StateMoveCount {
  /** Where conversations wait now: `flow.state`. */
  readonly from: string;
  readonly reason: MoveReason;
  /** Where they would go on: `flow.state`, or null for no flow (the flow is gone). */
  readonly to: string | null;
  readonly conversations: number;
}

export interface SlotLossCount {
  /** `flow.slot` for a flow's own slot, the bare name for a conversation slot. */
  readonly slot: string;
  readonly conversations: number;
}

export interface ConversationMoves {
  readonly bot: string;
  /** Stored conversations read. */
  readonly conversations: number;
  /** Conversations at least one of whose flows (active or interrupted) would move. */
  readonly moving: number;
  /** Conversations that would lose at least one slot value. */
  readonly losingSlots: number;
  /** Conversations stored in a format this release cannot read: they restart whatever the bot. */
  readonly unreadable: number;
  /** Moves by where they start, most conversations first; a conversation counts once per flow that moves. */
  readonly moves: readonly StateMoveCount[];
  /** Slot values dropped, most conversations first. */
  readonly slotsLost: readonly SlotLossCount[];
  /** False when `signal` stopped the count before the end: the numbers are of the conversations read. */
  readonly complete: boolean;
}

export interface ConversationMovesOptions {
  readonly batchSize?: number;
  /** Stops reading between batches. */
  readonly signal?: AbortSignal;
}

export async function conversationMoves(store: ConversationStore, bot: CompiledBot, options: ConversationMovesOptions = {}): Promise<ConversationMoves> {
  let conversations = 0;
  let moving = 0;
  let losingSlots = 0;
  let unreadable = 0;
  const moves = new Map<string, { from: string; reason: MoveReason; to: string | null; conversations: number }>();
  const slotsLost = new Map<string, number>();
  const count = <T>(map: Map<string, T>, key: string, make: () => T, bump: (t: T) => T): void => void map.set(key, bump(map.get(key) ?? make()));
  for await (const batch of store.storedStates(bot.id, options.batchSize)) {
    if (options.signal?.aborted) break;
    for (const { conversationId, state: stored } of batch) {
      conversations += 1;
      const state = migrateState(stored, bot.id, conversationId);
      if (state.notice === 'restarted') unreadable += 1;
      const repairs = stateRepairs(bot, state);
      if (repairs.moves.length > 0) moving += 1;
      for (const { from, to, reason } of repairs.moves) {
        const entry = { from: `${from.flow}.${from.state}`, reason, to: to ? `${to.flow}.${to.state}` : null };
        count(moves, `${entry.from}\u0000${reason}`, () => ({ ...entry, conversations: 0 }), (m) => ({ ...m, conversations: m.conversations + 1 }));
      }
      const lost = new Set([...repairs.droppedFlowSlots.map(({ flow, slot }) => `${flow}.${slot}`), ...repairs.droppedSlots]);
      if (lost.size > 0) losingSlots += 1;
      for (const slot of lost) count(slotsLost, slot, () => 0, (n) => n + 1);
    }
    // Between batches the event loop serves requests: a large store never holds it for long.
    await nextTurn();
  }
  return {
    bot: bot.id, conversations, moving, losingSlots, unreadable,
    moves: [...moves.values()].sort((a, b) => b.conversations - a.conversations || a.from.localeCompare(b.from)),
    slotsLost: [...slotsLost].map(([slot, n]) => ({ slot, conversations: n })).sort((a, b) => b.conversations - a.conversations || a.slot.localeCompare(b.slot)),
    complete: !options.signal?.aborted,
  };
}
