// Which transcript entries of a state a store has not stored yet, given how many it has: the state
// counts every entry ever (transcriptTotal) and keeps only the latest ones.
import type { ConversationState, TranscriptEntry } from '../engine/conversationState';

export interface UnstoredEntries {
  /** The position in the full transcript of the first entry. */
  readonly first: number;
  readonly entries: readonly TranscriptEntry[];
}

/**
 * The entries after the `stored` first ones. A state whose total is not above `stored` (saved
 * twice, or reset) has none; entries the state no longer keeps cannot be stored and are skipped.
 */
export function unstoredEntries(state: ConversationState, stored: number): UnstoredEntries {
  const total = state.transcriptTotal;
  if (!(total > stored)) return { first: stored, entries: [] };
  const kept = Math.min(state.transcript.length, total);
  const oldest = total - kept;
  const first = Math.max(stored, oldest);
  return { first, entries: state.transcript.slice(state.transcript.length - (total - first)) };
}
