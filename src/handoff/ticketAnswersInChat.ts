// Tells a customer who comes back to the chat, as the same verified identity (a Teams user, a user
// id the embedding site vouched for), the answers agents emailed to their tickets, once, in the
// language of the chat they come back to: "You have a reply to your message of 29 Nov 2026: …". An email address typed in a chat proves nothing, so
// it never brings up a ticket's answer.
import type { CompiledBot } from '../config/compiledBot';
import type { ConversationState } from '../engine/conversationState';
import { migrateState } from '../engine/migrateState';
import type { Reply } from '../runtime/createRuntime';
import { customerKeys } from '../runtime/customerKeys';
import type { ConversationStore } from '../store/conversationStore';
import { builtinText } from './builtinText';
import { ticketDate } from './ticketEmail';
import { isTicket, progressOf, type TicketService } from './ticketService';

const VERIFIED_KEY = /^(aad|web):/;

export function ticketAnswersInChat(tickets: TicketService, conversations: ConversationStore) {
  return async (bot: CompiledBot, before: ConversationState, after: ConversationState): Promise<Reply[]> => {
    const known = new Set(customerKeys(bot, before));
    const added = customerKeys(bot, after).filter((key) => VERIFIED_KEY.test(key) && !known.has(key));
    const replies: Reply[] = [];
    for (const key of added) {
      const profile = await conversations.customer(bot.id, key);
      for (const earlier of profile?.conversations ?? []) {
        if (earlier.conversationId === after.conversationId) continue;
        const found = (await tickets.store.list({ botId: bot.id, conversationId: earlier.conversationId })).filter(isTicket);
        const unseen = found.filter((t) => progressOf(t).answers.some((a) => a.emailedAt && !a.shownInChatAt));
        if (unseen.length === 0) continue;
        const stored = await conversations.loadState(bot.id, earlier.conversationId);
        if (stored === undefined || !customerKeys(bot, migrateState(stored, bot.id, earlier.conversationId)).includes(key)) continue;
        for (const ticket of unseen) {
          const answers = progressOf(ticket).answers.filter((a) => a.emailedAt && !a.shownInChatAt);
          for (const answer of answers) replies.push({ text: builtinText(bot, 'ticketReply', ticket.id, { date: ticketDate(bot, ticket.createdAt), answer: answer.text }) });
          await tickets.shownInChat(ticket, answers.map((a) => a.id));
        }
      }
    }
    return replies;
  };
}
