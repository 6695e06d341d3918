// When a conversation was last active, as stores record it for retention: the time of the state's
// latest transcript entry, or now when it has none (or an unreadable one).
import type { ConversationState } from '../engine/conversationState';

/** Milliseconds since the epoch. */
export function lastActiveAt(state: ConversationState, now: number = Date.now()): number {
  const at = state.transcript[state.transcript.length - 1]?.at;
  const time = at === undefined ? NaN : Date.parse(at);
  return Number.isFinite(time) ? time : now;
}
