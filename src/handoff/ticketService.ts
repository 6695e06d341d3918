// The rules of tickets, the handoffs kept while no agent could take them: agents of the ticket's
// queue list, claim, answer and close them. An answer is stored on the ticket before its email is
// sent, so a failed send loses nothing: the error is kept with it and sending again retries it.
import { randomUUID } from 'node:crypto';
import type { CompiledBot } from '../config/compiledBot';
import type { Clock } from '../runtime/clock';
import type { HandoffStore } from '../store/handoffStore';
import type { HandoffRecord } from './handoffRecord';
import type { TicketMailer } from './ticketMailer';
import type { TicketAnswer, TicketProgress } from './ticketProgress';
import { ticketEmail } from './ticketEmail';

export const OPEN_TICKET: readonly HandoffRecord['status'][] = ['ticket', 'ticket_claimed'];

export type TicketRefusal = 'missing' | 'other_queue' | 'not_yours' | 'taken' | 'closed' | 'no_mail' | 'no_contact';

export type TicketResult = { ok: true; ticket: HandoffRecord } | { ok: false; reason: TicketRefusal };

export type AnswerResult = TicketResult | { ok: false; reason: 'mail_failed'; ticket: HandoffRecord; error: string };

export interface TicketAgent {
  readonly id: string;
  readonly queues: readonly string[];
}

/** Whether a handoff is a ticket (open, or closed after being one). */
export function isTicket(record: HandoffRecord): boolean {
  return OPEN_TICKET.includes(record.status) || record.ticket !== undefined;
}

export const progressOf = (record: HandoffRecord): TicketProgress => record.ticket ?? { answers: [] };

export class TicketService {
  constructor(readonly store: HandoffStore, readonly clock: Clock, readonly bot: () => CompiledBot, readonly mailer?: TicketMailer) {}

  async list(agent: TicketAgent, options: { open: boolean; newestFirst: boolean }): Promise<HandoffRecord[]> {
    const found = await this.store.list({ statuses: options.open ? OPEN_TICKET : ['resolved'], queues: agent.queues, limit: 500 });
    const tickets = found.filter(isTicket);
    return tickets.sort((a, b) => (options.newestFirst ? b.createdAt.localeCompare(a.createdAt) : a.createdAt.localeCompare(b.createdAt)) || a.id.localeCompare(b.id));
  }

  /** The ticket, if the agent serves its queue. */
  async get(id: string, agent: TicketAgent): Promise<TicketResult> {
    const record = await this.store.get(id);
    if (!record || !isTicket(record)) return { ok: false, reason: 'missing' };
    if (!agent.queues.includes(record.queue)) return { ok: false, reason: 'other_queue' };
    return { ok: true, ticket: record };
  }

  async claim(id: string, agent: TicketAgent): Promise<TicketResult> {
    const found = await this.get(id, agent);
    if (!found.ok) return found;
    const ticket = found.ticket;
    if (ticket.status === 'ticket_claimed') return ticket.agentId === agent.id ? found : { ok: false, reason: 'taken' };
    if (ticket.status !== 'ticket') return { ok: false, reason: 'closed' };
    const claimed = await this.store.transition(id, ['ticket'], { status: 'ticket_claimed', agentId: agent.id, claimedAt: this.#now() });
    return claimed ? { ok: true, ticket: claimed } : { ok: false, reason: 'taken' };
  }

  /**
   * Claims the ticket if nobody holds it, stores the answer (replacing an earlier one whose email
   * never went out) and emails it to the customer.
   */
  async answer(id: string, agent: TicketAgent, text: string): Promise<AnswerResult> {
    const found = await this.get(id, agent);
    if (!found.ok) return found;
    if (!this.mailer) return { ok: false, reason: 'no_mail' };
    if (!found.ticket.packet.customer.email) return { ok: false, reason: 'no_contact' };
    const claimed = await this.claim(id, agent);
    if (!claimed.ok) return claimed.reason === 'taken' ? { ok: false, reason: 'not_yours' } : claimed;
    const ticket = claimed.ticket;
    const sent = progressOf(ticket).answers.filter((a) => a.emailedAt !== undefined);
    const answer: TicketAnswer = { id: randomUUID(), at: this.#now(), agentId: agent.id, text };
    const stored = await this.#record(ticket, [...sent, answer]);
    if (!stored) return { ok: false, reason: 'taken' };
    try {
      await this.mailer.send(ticketEmail(this.bot(), stored, answer));
    } catch (err) {
      const error = (err as Error).message || String(err);
      const failed = await this.#record(stored, [...sent, { ...answer, error }]);
      return { ok: false, reason: 'mail_failed', ticket: failed ?? stored, error };
    }
    const emailed = await this.#record(stored, [...sent, { ...answer, emailedAt: this.#now() }]);
    return { ok: true, ticket: emailed ?? stored };
  }

  async close(id: string, agent: TicketAgent): Promise<TicketResult> {
    const found = await this.get(id, agent);
    if (!found.ok) return found;
    if (found.ticket.status === 'ticket_claimed' && found.ticket.agentId !== agent.id) return { ok: false, reason: 'not_yours' };
    const closed = await this.store.transition(id, OPEN_TICKET, { status: 'resolved', agentId: found.ticket.agentId ?? agent.id, closedAt: this.#now(), ticket: progressOf(found.ticket) });
    return closed ? { ok: true, ticket: closed } : { ok: false, reason: 'closed' };
  }

  /** Marks answers as told to the customer in a chat. */
  async shownInChat(ticket: HandoffRecord, answerIds: readonly string[]): Promise<void> {
    const at = this.#now();
    await this.#record(ticket, progressOf(ticket).answers.map((a) => (answerIds.includes(a.id) ? { ...a, shownInChatAt: at } : a)));
  }

  /** Writes the answers if the ticket is still as read (same status); the updated ticket, or undefined. */
  async #record(ticket: HandoffRecord, answers: readonly TicketAnswer[]): Promise<HandoffRecord | undefined> {
    return this.store.transition(ticket.id, [ticket.status], { status: ticket.status, ticket: { answers } });
  }

  #now(): string {
    return this.clock.now().toISOString();
  }
}
