// The store contract for conversation state. Memory, SQLite and Redis implement it; the runtime
// knows only this interface. States are stored as JSON and read back through migrateState.
import type { ConversationState } from '../engine/conversationState';

export interface ConversationStore {
  /** The stored state as it was written (any release's format), or undefined. */
  loadState(botId: string, conversationId: string): Promise<unknown>;
  saveState(state: ConversationState): Promise<void>;
  /** Is the store reachable? For /readyz. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
