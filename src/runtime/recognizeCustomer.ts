// Links a conversation to its customer as soon as the customer is identified (a Teams identity, a
// user id the embedding site vouched for, an email given in a flow), so that their conversations on
// every channel form one profile; the first time that brings up an earlier conversation, the bot
// says it remembers it.
import { DateTime } from 'luxon';
import type { CompiledBot } from '../config/compiledBot';
import type { ConversationState } from '../engine/conversationState';
import { migrateState } from '../engine/migrateState';
import { pickVariation } from '../engine/pickVariation';
import { renderTemplate } from '../engine/template';
import { conversationSummary } from '../handoff/buildHandoffPacket';
import type { ConversationStore } from '../store/conversationStore';
import type { Reply } from './createRuntime';
import { customerKeys } from './customerKeys';

const CHANNEL_NAMES: Readonly<Record<string, string>> = { webchat: 'web chat', msteams: 'Teams', rest: 'our API', emulator: 'the emulator' };

/** The replies that tell a returning customer the bot knows them (none, usually). */
export async function recognizeCustomer(store: ConversationStore, bot: CompiledBot, before: ConversationState, after: ConversationState): Promise<Reply[]> {
  const known = new Set(customerKeys(bot, before));
  const added = customerKeys(bot, after).filter((key) => !known.has(key));
  if (added.length === 0) return [];
  const { conversationId, customer } = after;
  const linkedBefore = known.size > 0 ? await store.customerOf(bot.id, conversationId) : undefined;
  const rememberedBefore = (linkedBefore?.conversations.length ?? 0) > 1;
  const at = after.transcript.at(-1)?.at ?? new Date().toISOString();
  let profile;
  for (const key of added) {
    profile = await store.linkCustomer(bot.id, key, {
      conversationId, at,
      ...(customer?.channel ? { channel: customer.channel } : {}),
      ...(customer?.name ? { name: customer.name } : {}),
      ...(key.startsWith('email:') ? { email: key.slice('email:'.length) } : {}),
    });
  }
  const last = profile?.conversations.filter((c) => c.conversationId !== conversationId).at(-1);
  if (rememberedBefore || !last) return [];
  const stored = await store.loadState(bot.id, last.conversationId);
  if (stored === undefined) return [];
  const earlier = migrateState(stored, bot.id, last.conversationId);
  const values = {
    summary: conversationSummary(bot, earlier),
    channel: CHANNEL_NAMES[last.channel ?? ''] ?? last.channel ?? 'another channel',
    when: DateTime.fromISO(last.at, { zone: bot.timezone }).setLocale(bot.locale).toFormat('d LLL'),
  };
  return [{ text: renderTemplate(pickVariation(bot.messages.welcomeBack, conversationId, 'message:welcomeBack'), values) }];
}
