// One conversation as the agent queue lists it (GET /api/agent/queue): who the customer is, where
// they wait, how urgent it is, what they want, and the last thing said to or by them, so an agent
// can choose without opening it.
import type { HandoffRecord } from '../handoff/handoffRecord';

/** How much of the last message a queue entry carries. */
export const PREVIEW_CHARS = 140;

export interface QueueEntry {
  readonly id: string;
  readonly conversationId: string;
  readonly queue: string;
  readonly status: HandoffRecord['status'];
  /** Higher is taken first (0 to 100; raised by frustration). */
  readonly priority: number;
  readonly agentId?: string;
  readonly summary: string;
  readonly goal?: string;
  readonly frustration: 'low' | 'medium' | 'high';
  /** The conversation's language, by code; absent for handoffs made before languages were kept (the bot's main language). */
  readonly language?: string;
  readonly waitingSeconds: number;
  readonly customer: { readonly name?: string; readonly email?: string; readonly phone?: string; readonly channel?: string };
  /** The last message of the customer or an agent (never a note, a system line or the bot's handoff line), clipped. */
  readonly lastMessage?: { readonly from: string; readonly text: string; readonly at: string };
}

export function queueEntry(h: HandoffRecord, now: Date): QueueEntry {
  const { name, email, phone, channel } = h.packet.customer;
  // Since the handoff, the last word of the customer or an agent; before it, the customer's last
  // (the bot's own last line is the same "I'll pass this on" for everyone).
  const last = h.messages.filter((m) => m.from === 'customer' || m.from === 'agent').at(-1) ?? h.packet.transcript.filter((m) => m.from === 'customer').at(-1);
  return {
    id: h.id,
    conversationId: h.conversationId,
    queue: h.queue,
    status: h.status,
    priority: h.priority,
    ...(h.agentId !== undefined ? { agentId: h.agentId } : {}),
    summary: h.packet.summary,
    ...(h.packet.goal !== undefined ? { goal: h.packet.goal } : {}),
    frustration: h.packet.frustration.level,
    ...(h.packet.language !== undefined ? { language: h.packet.language } : {}),
    waitingSeconds: Math.round((now.getTime() - Date.parse(h.createdAt)) / 1000),
    customer: Object.fromEntries(Object.entries({ name, email, phone, channel }).filter(([, v]) => v !== undefined)),
    ...(last ? { lastMessage: { from: last.from, text: clip(last.text), at: last.at } } : {}),
  };
}

const clip = (text: string): string => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > PREVIEW_CHARS ? `${line.slice(0, PREVIEW_CHARS - 1)}…` : line;
};
