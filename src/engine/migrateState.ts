// Reads a stored conversation state of any release. The current version is used as it is; an
// unknown or older one restarts the conversation, keeping the slot values it can read, and the next
// step tells the customer.
import { newConversation, STATE_VERSION, type ConversationState } from './conversationState';
import type { SlotValue } from './slotValue';

export function migrateState(stored: unknown, botId: string, conversationId: string): ConversationState {
  if (isCurrent(stored, botId)) return stored;
  const fresh = newConversation(botId, conversationId);
  if (stored === undefined || stored === null) return fresh;
  return { ...fresh, slots: readableSlots(stored), notice: 'restarted' };
}

function isCurrent(stored: unknown, botId: string): stored is ConversationState {
  if (typeof stored !== 'object' || stored === null) return false;
  const s = stored as Partial<ConversationState>;
  return s.version === STATE_VERSION && s.botId === botId && Array.isArray(s.stack) && typeof s.slots === 'object' && s.history !== undefined && Array.isArray(s.transcript);
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
