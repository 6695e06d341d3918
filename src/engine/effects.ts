// What the engine asks the runtime to do. The engine runs none of these itself.
import type { AttachmentRef } from './attachmentRef';
import type { CompiledCard as Card } from '../config/compiledBot';
import type { HandoffPacket } from '../handoff/handoffPacket';
import type { SlotValues } from './slotValue';

export interface QuickReply {
  /** The button's text. */
  readonly title: string;
  /** What the button sends back as the message's payload. */
  readonly payload: string;
}

export type Effect =
  | { readonly type: 'reply'; readonly text: string; readonly quickReplies?: readonly QuickReply[]; readonly card?: Card }
  | { readonly type: 'call'; readonly callId: string; readonly action: string; readonly slots: SlotValues }
  /** `queue`: wait for an agent now; `ticket`: the queue is closed, keep it for the next shift. */
  | { readonly type: 'handoff'; readonly packet: HandoffPacket; readonly mode: 'queue' | 'ticket' }
  /** A customer message while an agent has the conversation: deliver it to the agent. */
  | { readonly type: 'forward'; readonly text: string; readonly attachments?: readonly AttachmentRef[] }
  /** The waiting customer asked where they stand: answer with their position and wait. */
  | { readonly type: 'queueStatus' }
  /** The customer left the queue and is back with the bot. */
  | { readonly type: 'leaveQueue' }
  /** The customer left the conversation while it was with the humans: close a waiting handoff, tell the agent holding one. */
  | { readonly type: 'customerLeft' }
  | { readonly type: 'end' }
  /** Something the bot's author should know (an action set a slot nobody declares): logged, never shown to the customer. */
  | { readonly type: 'warning'; readonly code: string; readonly message: string }
  /** Something worth counting: FAQ feedback, fallbacks, slot re-asks, satisfaction. */
  | { readonly type: 'event'; readonly name: AnalyticsEventName; readonly data: Readonly<Record<string, string | number | boolean>> };

export type AnalyticsEventName =
  | 'intent' | 'fallback' | 'did_you_mean' | 'faq_shown' | 'faq_feedback' | 'slot_reasked' | 'slot_corrected'
  | 'flow_started' | 'flow_completed' | 'flow_cancelled' | 'handoff' | 'hand_back' | 'action' | 'satisfaction' | 'state_moved';
