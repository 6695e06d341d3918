// Connects the runtime to the handoff queue: a handoff effect becomes a queued handoff (or a ticket)
// and the customer hears their place in the queue; messages while waiting reach the agent; a
// customer who leaves the queue closes the handoff.
import type { CompiledBot } from '../config/compiledBot';
import type { Effect } from '../engine/effects';
import { renderTemplate } from '../engine/template';
import { pickVariation } from '../engine/pickVariation';
import type { Reply } from '../runtime/createRuntime';
import type { HandoffPacket } from './handoffPacket';
import type { HandoffService } from './handoffService';

/** Earlier handoffs of the same customer (same channel id or email), newest first. */
async function earlierConversations(service: HandoffService, botId: string, packet: HandoffPacket): Promise<HandoffPacket['earlierConversations']> {
  const { id, email } = packet.customer;
  if (!id && !email) return [];
  const earlier = (await service.store.list({ botId, limit: 500 }))
    .filter((h) => h.conversationId !== packet.conversationId && ((id && h.packet.customer.id === id) || (email && h.packet.customer.email === email)))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const seen = new Set<string>();
  return earlier.filter((h) => !seen.has(h.conversationId) && seen.add(h.conversationId)).slice(0, 10).map((h) => ({
    conversationId: h.conversationId, startedAt: h.packet.transcript[0]?.at ?? h.createdAt, ...(h.packet.customer.channel ? { channel: h.packet.customer.channel } : {}), summary: h.packet.summary,
  }));
}

export function connectHandoffs(service: HandoffService, bot: () => CompiledBot) {
  const say = async (conversationId: string): Promise<Reply[]> => {
    const current = bot();
    const open = await service.openFor(current.id, conversationId);
    if (!open || open.status !== 'waiting') return [];
    const { position, estimatedWaitMinutes } = await service.position(open);
    const key = estimatedWaitMinutes === undefined ? 'queueNoEstimate' : 'queuePosition';
    const text = pickVariation(current.messages[key], conversationId, `message:${key}`);
    return [{ text: renderTemplate(text, { position, minutes: estimatedWaitMinutes }) }];
  };
  return async (conversationId: string, effect: Effect): Promise<readonly Reply[] | void> => {
    const current = bot();
    switch (effect.type) {
      case 'handoff':
        await service.enqueue(current.id, { ...effect.packet, earlierConversations: await earlierConversations(service, current.id, effect.packet) }, effect.mode);
        return effect.mode === 'queue' ? say(conversationId) : undefined;
      case 'forward': {
        const open = await service.openFor(current.id, conversationId);
        if (open) await service.customerMessage(open, effect.text);
        return undefined;
      }
      case 'queueStatus':
        return say(conversationId);
      case 'leaveQueue': {
        const open = await service.openFor(current.id, conversationId);
        if (open) await service.close(open, 'cancelled');
        return undefined;
      }
      default:
        return undefined;
    }
  };
}
