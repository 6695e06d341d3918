// The handoff queue's rules: enqueue a packet, tell positions and waits, let agents claim, reply,
// note, transfer, resolve and hand back, and publish every change for live consoles and webhooks.
import type { AttachmentRef } from '../engine/attachmentRef';
import { randomUUID } from 'node:crypto';
import type { Clock } from '../runtime/clock';
import type { MessageBus } from '../server/messageBus';
import type { HandoffStore } from '../store/handoffStore';
import type { HandoffPacket } from './handoffPacket';
import { OPEN_STATUSES, type HandoffMessage, type HandoffRecord } from './handoffRecord';

export type HandoffEventName = 'handoff.created' | 'handoff.claimed' | 'handoff.message' | 'handoff.transferred' | 'handoff.resolved' | 'handoff.returned' | 'handoff.cancelled' | 'handoff.abandoned' | 'handoff.customerLeft';

export interface HandoffEvent {
  readonly name: HandoffEventName;
  readonly handoff: HandoffRecord;
  readonly message?: HandoffMessage;
  /** On a transfer: the agent who held the conversation before it. */
  readonly fromAgentId?: string;
}

export type ClaimResult = { ok: true; handoff: HandoffRecord } | { ok: false; reason: 'missing' | 'taken' | 'closed' | 'capacity' };

export interface QueuePosition {
  /** 1 for the next to be taken. */
  readonly position: number;
  /** From recent times between handoff and claim in the same queue, in (fractional) minutes; undefined without history. */
  readonly estimatedWaitMinutes?: number;
}

/** The bus topic of handoff events. */
export const HANDOFF_TOPIC = 'handoff';

export class HandoffService {
  readonly #listeners = new Set<(event: HandoffEvent) => void>();

  /** With a bus, every process of the deployment hears every change (onEventAnywhere). */
  constructor(readonly store: HandoffStore, readonly clock: Clock, readonly bus?: MessageBus) {}

  /** Changes made by this process: for work that must happen once (webhooks, queue announcements). */
  onEvent(listener: (event: HandoffEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Changes made by any process sharing the bus: for what every process shows (agent consoles). */
  onEventAnywhere(listener: (event: HandoffEvent) => void): () => void {
    if (!this.bus) return this.onEvent(listener);
    return this.bus.subscribe(HANDOFF_TOPIC, (message) => listener(message as HandoffEvent));
  }

  async enqueue(botId: string, packet: HandoffPacket, mode: 'queue' | 'ticket'): Promise<HandoffRecord> {
    const record: HandoffRecord = {
      id: randomUUID(), botId, conversationId: packet.conversationId, queue: packet.queue, priority: packet.priority,
      status: mode === 'queue' ? 'waiting' : 'ticket', packet, createdAt: this.#now(), messages: [], ...(mode === 'ticket' ? { ticket: { answers: [] } } : {}),
    };
    await this.store.create(record);
    this.#emit({ name: 'handoff.created', handoff: record });
    return record;
  }

  /** The open handoff of a conversation, if any. */
  async openFor(botId: string, conversationId: string): Promise<HandoffRecord | undefined> {
    return (await this.store.list({ botId, conversationId, statuses: OPEN_STATUSES, limit: 1 }))[0];
  }

  /**
   * With `peers`, the place among the queue's handoffs it says are alike (e.g. in the same language,
   * where the queue needs an agent who speaks it), and the wait from their recent claims when there are any.
   */
  async position(handoff: HandoffRecord, peers?: (other: HandoffRecord) => boolean): Promise<QueuePosition> {
    const alike = peers ?? (() => true);
    const waiting = (await this.store.list({ statuses: ['waiting'], queues: [handoff.queue] })).filter((r) => r.id === handoff.id || alike(r));
    const index = waiting.findIndex((r) => r.id === handoff.id);
    const claimed = (await this.store.list({ statuses: ['assigned', 'resolved', 'returned'], queues: [handoff.queue], limit: 200 })).filter((r) => r.claimedAt);
    const own = claimed.filter(alike);
    const recent = (own.length > 0 ? own : claimed).slice(-20);
    const minutes = recent.map((r) => (Date.parse(r.claimedAt!) - Date.parse(r.createdAt)) / 60_000);
    const perConversation = minutes.length ? minutes.reduce((a, b) => a + b, 0) / minutes.length : undefined;
    const position = index < 0 ? 0 : index + 1;
    return { position, ...(perConversation !== undefined ? { estimatedWaitMinutes: perConversation * position } : {}) };
  }

  async customerMessage(handoff: HandoffRecord, text: string, attachments: readonly AttachmentRef[] = []): Promise<void> {
    await this.#say(handoff, { at: this.#now(), from: 'customer', text, ...(attachments.length ? { attachments } : {}) });
  }

  async claim(id: string, agentId: string, capacity: number): Promise<ClaimResult> {
    const held = await this.store.list({ statuses: ['assigned'] });
    if (held.filter((r) => r.agentId === agentId).length >= capacity) return { ok: false, reason: 'capacity' };
    const claimed = await this.store.transition(id, ['waiting'], { status: 'assigned', agentId, claimedAt: this.#now() });
    if (claimed) {
      this.#emit({ name: 'handoff.claimed', handoff: claimed });
      return { ok: true, handoff: claimed };
    }
    const current = await this.store.get(id);
    return { ok: false, reason: !current ? 'missing' : current.status === 'assigned' ? 'taken' : 'closed' };
  }

  async agentMessage(handoff: HandoffRecord, agentId: string, text: string, note: boolean, attachments: readonly AttachmentRef[] = []): Promise<HandoffMessage> {
    const message: HandoffMessage = { at: this.#now(), from: note ? 'note' : 'agent', text, ...(attachments.length ? { attachments } : {}), agentId };
    await this.#say(handoff, message);
    return message;
  }

  async transfer(handoff: HandoffRecord, to: { queue?: string; agentId?: string }): Promise<HandoffRecord | undefined> {
    const next = await this.store.transition(handoff.id, ['assigned', 'waiting'], to.agentId
      ? { status: 'assigned', agentId: to.agentId, queue: to.queue ?? handoff.queue, claimedAt: this.#now() }
      : { status: 'waiting', agentId: null, queue: to.queue ?? handoff.queue });
    if (next) this.#emit({ name: 'handoff.transferred', handoff: next, ...(handoff.agentId ? { fromAgentId: handoff.agentId } : {}) });
    return next;
  }

  /**
   * The customer left the chat: a handoff still waiting is closed as `abandoned`; one an agent holds
   * stays theirs, marked and told in its messages, for them to resolve.
   */
  async customerLeft(handoff: HandoffRecord): Promise<HandoffRecord | undefined> {
    if (handoff.status === 'waiting') return this.close(handoff, 'abandoned');
    const at = this.#now();
    const marked = await this.store.transition(handoff.id, ['assigned'], { status: 'assigned', customerLeftAt: at });
    if (!marked) return undefined;
    this.#emit({ name: 'handoff.customerLeft', handoff: marked });
    await this.#say(marked, { at, from: 'system', text: 'The customer left the chat.' });
    return marked;
  }

  async close(handoff: HandoffRecord, how: 'resolved' | 'returned' | 'cancelled' | 'abandoned'): Promise<HandoffRecord | undefined> {
    const next = await this.store.transition(handoff.id, OPEN_STATUSES, { status: how, closedAt: this.#now() });
    if (next) this.#emit({ name: `handoff.${how}`, handoff: next });
    return next;
  }

  async #say(handoff: HandoffRecord, message: HandoffMessage): Promise<void> {
    await this.store.appendMessage(handoff.id, message);
    this.#emit({ name: 'handoff.message', handoff: { ...handoff, messages: [...handoff.messages, message] }, message });
  }

  #emit(event: HandoffEvent): void {
    void this.bus?.publish(HANDOFF_TOPIC, event).catch(() => undefined);
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch {
        // a failing listener (a closed console stream) must not stop the others
      }
    }
  }

  #now(): string {
    return this.clock.now().toISOString();
  }
}
