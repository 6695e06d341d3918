// Links a conversation to its customer as soon as the customer is identified (a Teams identity, a
// user id the embedding site vouched for, an email given in a flow), so that their conversations on
// every channel form one profile; the first time that brings up an earlier conversation, the bot
// says it remembers it. It says so only of an earlier conversation that shares a verified identity
// (a Teams user, a user id the site vouched for) with this one: anybody can type someone else's
// email address, and must not be told what that person talked about. Agents see the whole profile.
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

/** Keys that prove who the customer is; an email typed in a chat proves nothing. */
const VERIFIED_KEY = /^(aad|web):/;
/** How many of the latest earlier conversations are looked at for one the customer may be reminded of. */
const LOOK_BACK = 10;

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
  const verified = new Set(customerKeys(bot, after).filter((key) => VERIFIED_KEY.test(key)));
  if (rememberedBefore || verified.size === 0) return [];
  for (const last of (profile?.conversations ?? []).filter((c) => c.conversationId !== conversationId).slice(-LOOK_BACK).reverse()) {
    const stored = await store.loadState(bot.id, last.conversationId);
    if (stored === undefined) continue;
    const earlier = migrateState(stored, bot.id, last.conversationId);
    if (customerKeys(bot, earlier).some((key) => verified.has(key))) return welcomeBack(bot, conversationId, earlier, last);
  }
  return [];
}

function welcomeBack(bot: CompiledBot, conversationId: string, earlier: ConversationState, last: { readonly at: string; readonly channel?: string }): Reply[] {
  const values = {
    summary: conversationSummary(bot, earlier),
    channel: CHANNEL_NAMES[last.channel ?? ''] ?? last.channel ?? 'another channel',
    when: DateTime.fromISO(last.at, { zone: bot.timezone }).setLocale(bot.locale).toFormat('d LLL'),
  };
  return [{ text: renderTemplate(pickVariation(bot.messages.welcomeBack, conversationId, 'message:welcomeBack'), values) }];
}
