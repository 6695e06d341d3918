// A ticket as the agent API shows it: the customer's message, contact and summary, who holds it,
// its answers and the last email error.
import type { CompiledBot } from '../config/compiledBot';
import type { HandoffRecord } from '../handoff/handoffRecord';
import { ticketReference } from '../handoff/ticketEmail';
import { ticketMessage } from '../handoff/ticketMessage';
import { handoffLanguage } from '../handoff/agentLanguages';
import { OPEN_TICKET, progressOf } from '../handoff/ticketService';

export function ticketView(bot: CompiledBot, ticket: HandoffRecord) {
  const answers = progressOf(ticket).answers;
  const last = answers.at(-1);
  const { email, phone, name } = ticket.packet.customer;
  return {
    id: ticket.id,
    reference: ticketReference(ticket),
    conversationId: ticket.conversationId,
    queue: ticket.queue,
    status: OPEN_TICKET.includes(ticket.status) ? 'open' : 'closed',
    ...(ticket.status === 'ticket_claimed' || ticket.closedAt ? { agentId: ticket.agentId } : {}),
    createdAt: ticket.createdAt,
    ...(ticket.closedAt ? { closedAt: ticket.closedAt } : {}),
    summary: ticket.packet.summary,
    // The customer's language, by code: the answer is best written in it.
    language: handoffLanguage(ticket, bot),
    message: ticketMessage(bot, ticket) ?? null,
    contact: { ...(email ? { email } : {}), ...(phone ? { phone } : {}), ...(name ? { name } : {}) },
    answers: answers.map(({ id, at, agentId, text, emailedAt, error }) => ({ id, at, agentId, text, ...(emailedAt ? { emailedAt } : {}), ...(error ? { error } : {}) })),
    mailError: last && !last.emailedAt && last.error ? last.error : null,
  };
}
