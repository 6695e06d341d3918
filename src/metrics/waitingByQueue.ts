// Counts the handoffs waiting in each queue, with every configured queue present (0 when empty).
import type { HandoffService } from '../handoff/handoffService';

export function waitingByQueue(service: HandoffService, queues: () => readonly string[]): () => Promise<ReadonlyMap<string, number>> {
  return async () => {
    const counts = new Map<string, number>(queues().map((queue) => [queue, 0]));
    for (const handoff of await service.store.list({ statuses: ['waiting'] })) counts.set(handoff.queue, (counts.get(handoff.queue) ?? 0) + 1);
    return counts;
  };
}
