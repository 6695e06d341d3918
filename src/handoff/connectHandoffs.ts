// Connects the runtime to the handoff queue: a handoff effect becomes a queued handoff (or a ticket)
// and the customer hears their place in the queue; messages while waiting reach the agent; a
// customer who leaves the queue closes the handoff, and one who leaves the chat abandons it (or, when an
// agent holds it, leaves it to them to resolve).
import type { CompiledBot } from '../config/compiledBot';
import type { Effect } from '../engine/effects';
import { migrateState } from '../engine/migrateState';
import type { Reply } from '../runtime/createRuntime';
import type { ConversationStore } from '../store/conversationStore';
import { conversationSummary } from './buildHandoffPacket';
import type { HandoffPacket } from './handoffPacket';
import type { HandoffService } from './handoffService';
import { queueStatusText } from './queueStatusText';
import { inHandoffLanguage, languagePeers } from './agentLanguages';

/**
 * Earlier conversations of the same customer, newest first: those linked to their profile (on any
 * channel), and earlier handoffs with the same channel id or email.
 */
async function earlierConversations(service: HandoffService, conversations: ConversationStore, bot: CompiledBot, packet: HandoffPacket): Promise<HandoffPacket['earlierConversations']> {
  const { id, email } = packet.customer;
  const handoffs = (await service.store.list({ botId: bot.id, limit: 500 }))
    .filter((h) => h.conversationId !== packet.conversationId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const profile = await conversations.customerOf(bot.id, packet.conversationId);
  const found = new Map<string, HandoffPacket['earlierConversations'][number]>();
  for (const c of profile?.conversations ?? []) {
    if (c.conversationId === packet.conversationId) continue;
    const handoff = handoffs.find((h) => h.conversationId === c.conversationId);
    const stored = handoff ? undefined : await conversations.loadState(bot.id, c.conversationId);
    if (!handoff && stored === undefined) continue;
    const state = stored === undefined ? undefined : migrateState(stored, bot.id, c.conversationId);
    found.set(c.conversationId, {
      conversationId: c.conversationId,
      startedAt: handoff?.packet.transcript[0]?.at ?? state?.transcript[0]?.at ?? c.at,
      ...(c.channel ? { channel: c.channel } : {}),
      summary: handoff ? handoff.packet.summary : conversationSummary(bot, state!),
    });
  }
  if (id || email) {
    for (const h of handoffs) {
      if (found.has(h.conversationId) || !((id && h.packet.customer.id === id) || (email && h.packet.customer.email === email))) continue;
      found.set(h.conversationId, {
        conversationId: h.conversationId, startedAt: h.packet.transcript[0]?.at ?? h.createdAt, ...(h.packet.customer.channel ? { channel: h.packet.customer.channel } : {}), summary: h.packet.summary,
      });
    }
  }
  return [...found.values()].sort((a, b) => b.startedAt.localeCompare(a.startedAt)).slice(0, 10);
}

export function connectHandoffs(service: HandoffService, conversations: ConversationStore, bot: () => CompiledBot) {
  const say = async (conversationId: string): Promise<Reply[]> => {
    const current = bot();
    const open = await service.openFor(current.id, conversationId);
    if (!open || open.status !== 'waiting') return [];
    return [{ text: queueStatusText(inHandoffLanguage(current, open), conversationId, await service.position(open, languagePeers(current, open)), open.queue) }];
  };
  return async (conversationId: string, effect: Effect): Promise<readonly Reply[] | void> => {
    const current = bot();
    switch (effect.type) {
      case 'handoff':
        await service.enqueue(current.id, { ...effect.packet, earlierConversations: await earlierConversations(service, conversations, current, effect.packet) }, effect.mode);
        return effect.mode === 'queue' ? say(conversationId) : undefined;
      case 'forward': {
        const open = await service.openFor(current.id, conversationId);
        if (open) await service.customerMessage(open, effect.text, effect.attachments);
        return undefined;
      }
      case 'queueStatus':
        return say(conversationId);
      case 'leaveQueue': {
        const open = await service.openFor(current.id, conversationId);
        if (open) await service.close(open, 'cancelled');
        return undefined;
      }
      case 'customerLeft': {
        const open = await service.openFor(current.id, conversationId);
        if (open) await service.customerLeft(open);
        return undefined;
      }
      default:
        return undefined;
    }
  };
}
