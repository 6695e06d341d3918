// The email that carries an agent's answer to a ticket: the answer, the customer's own message
// quoted, and the ticket's reference in subject and body.
import { DateTime } from 'luxon';
import type { CompiledBot } from '../config/compiledBot';
import type { HandoffRecord } from './handoffRecord';
import type { OutgoingMail } from './ticketMailer';
import { builtinText } from './builtinText';
import { ticketMessage } from './ticketMessage';
import { inHandoffLanguage } from './agentLanguages';
import type { TicketAnswer } from './ticketProgress';

/** The short reference customers and agents quote: the ticket id's first 8 characters. */
export const ticketReference = (ticket: HandoffRecord): string => ticket.id.slice(0, 8).toUpperCase();

/** "29 Nov 2026", in the bot's time zone and language. */
export const ticketDate = (bot: CompiledBot, iso: string): string => DateTime.fromISO(iso, { zone: bot.timezone }).setLocale(bot.locale).toFormat('d LLL yyyy');

export function ticketEmail(bot: CompiledBot, ticket: HandoffRecord, answer: TicketAnswer): OutgoingMail {
  const reference = ticketReference(ticket);
  const message = ticketMessage(bot, ticket);
  // In the language the customer wrote in.
  const spoken = inHandoffLanguage(bot, ticket);
  const quoted = message ? ['', builtinText(spoken, 'ticketEmailQuote', ticket.id, { date: ticketDate(spoken, ticket.createdAt) }), ...message.split('\n').map((line) => `> ${line}`)] : [];
  return {
    to: ticket.packet.customer.email!,
    subject: builtinText(spoken, 'ticketEmailSubject', ticket.id, { bot: bot.name, reference }),
    text: [answer.text, ...quoted, '', `${bot.name}, ticket ${reference}`, ''].join('\n'),
  };
}
