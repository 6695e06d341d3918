// Keeps waiting customers told where they stand: when the queue moves (a claim, a customer leaving,
// a transfer), each customer whose place changed hears the new place and wait on their channel.
import type { CompiledBot } from '../config/compiledBot';
import type { Reply } from '../runtime/createRuntime';
import type { HandoffService } from './handoffService';
import { queueStatusText } from './queueStatusText';
import { inHandoffLanguage, languagePeers } from './agentLanguages';

const MOVES = new Set(['handoff.claimed', 'handoff.cancelled', 'handoff.abandoned', 'handoff.transferred', 'handoff.returned', 'handoff.resolved']);

export function announcePositions(service: HandoffService, bot: () => CompiledBot, deliver: (conversationId: string, replies: readonly Reply[]) => Promise<boolean>): () => void {
  const told = new Map<string, number>();
  return service.onEvent((event) => {
    if (event.name === 'handoff.created' && event.handoff.status === 'waiting') {
      void service.position(event.handoff, languagePeers(bot(), event.handoff)).then(({ position }) => { if (!told.has(event.handoff.id)) told.set(event.handoff.id, position); }, () => undefined);
    }
    if (!MOVES.has(event.name)) return;
    told.delete(event.handoff.id);
    void (async () => {
      const waiting = await service.store.list({ statuses: ['waiting'], queues: [event.handoff.queue] });
      for (const handoff of waiting) {
        const current = bot();
        const place = await service.position(handoff, languagePeers(current, handoff));
        if (told.get(handoff.id) === place.position) continue;
        told.set(handoff.id, place.position);
        // In the customer's language, counted among those who wait for the same agents.
        const text = queueStatusText(inHandoffLanguage(current, handoff), handoff.conversationId, place, handoff.queue);
        await deliver(handoff.conversationId, [{ text }]);
      }
    })().catch(() => undefined);
  });
}
