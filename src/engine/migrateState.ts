// Reads a stored conversation state of any release. The current version is used as it is; an older
// known version goes through each migration step in turn and continues where it was; an unknown or
// garbled one restarts the conversation, keeping the slot values it can read, and the next step
// tells the customer.
import { newConversation, STATE_VERSION, type ConversationState } from './conversationState';
import type { SlotValue } from './slotValue';
import { STATE_MIGRATIONS } from './stateMigrations';

export function migrateState(stored: unknown, botId: string, conversationId: string): ConversationState {
  if (isCurrent(stored, botId)) return stored;
  if (stored === undefined || stored === null) return newConversation(botId, conversationId);
  const migrated = migrate(stored);
  if (isCurrent(migrated, botId)) return migrated;
  // The stored full transcript goes on after the entries counted so far.
  const counted = (stored as { transcriptTotal?: unknown }).transcriptTotal;
  const transcriptTotal = typeof counted === 'number' && Number.isInteger(counted) && counted > 0 ? counted : 0;
  return { ...newConversation(botId, conversationId), slots: readableSlots(stored), transcriptTotal, notice: 'restarted' };
}

/** Applies the migration steps from the stored version up to the current one, as far as they go. */
function migrate(stored: unknown): unknown {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return stored;
  let state = stored as Readonly<Record<string, unknown>>;
  const from = state.version;
  if (typeof from !== 'number' || !Number.isInteger(from)) return state;
  for (let version = from; version < STATE_VERSION; version++) {
    const next = STATE_MIGRATIONS[version];
    if (!next || state.version !== version) break;
    state = next(state);
  }
  return state;
}

function isCurrent(stored: unknown, botId: string): stored is ConversationState {
  if (typeof stored !== 'object' || stored === null) return false;
  const s = stored as Partial<ConversationState>;
  return s.version === STATE_VERSION && s.botId === botId && Array.isArray(s.stack) && typeof s.slots === 'object' && typeof s.flowSlots === 'object' && s.flowSlots !== null && s.history !== undefined
    && Array.isArray(s.transcript) && typeof s.transcriptTotal === 'number';
}

function readableSlots(stored: unknown): Record<string, SlotValue> {
  const slots = (stored as { slots?: unknown }).slots;
  if (typeof slots !== 'object' || slots === null) return {};
  const out: Record<string, SlotValue> = {};
  for (const [name, value] of Object.entries(slots)) {
    if (/^[a-z][a-z0-9_]*$/.test(name) && ['string', 'number', 'boolean'].includes(typeof value)) out[name] = value as SlotValue;
  }
  return out;
}
