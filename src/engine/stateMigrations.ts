// The steps between stored state formats: STATE_MIGRATIONS[n] turns a version-n state into version
// n + 1. migrateState applies them one after another, so any earlier release's state carries over.

type StoredState = Readonly<Record<string, unknown>>;

export const STATE_MIGRATIONS: Readonly<Record<number, (state: StoredState) => StoredState>> = {
  // Version 2 counts every transcript entry ever appended; a version-1 state held all it had.
  1: (state) => ({ ...state, version: 2, transcriptTotal: Array.isArray(state.transcript) ? state.transcript.length : 0 }),
  // Version 3 keeps each flow's own slots apart; a version-2 state's slots stay readable by every flow.
  2: (state) => ({ ...state, version: 3, flowSlots: {} }),
};
