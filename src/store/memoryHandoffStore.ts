// The handoff queue in memory, for tests and demos.
import type { HandoffRecord } from '../handoff/handoffRecord';
import { applyChange, closedBefore, IDEMPOTENCY_TTL_MS, matchesFilter, queueOrder, reservationOf, type HandoffStore, type KeptAnswer } from './handoffStore';

export function createMemoryHandoffStore(): HandoffStore {
  const records = new Map<string, HandoffRecord>();
  // Idempotency keys per handoff, gone with it.
  const keys = new Map<string, Map<string, { at: number; answer?: KeptAnswer }>>();
  const removeWhere = (test: (r: HandoffRecord) => boolean): number => {
    const gone = [...records.values()].filter(test);
    for (const r of gone) {
      records.delete(r.id);
      keys.delete(r.id);
    }
    return gone.length;
  };
  return {
    create: async (record) => {
      if (records.has(record.id)) throw new Error(`handoff ${record.id} exists`);
      records.set(record.id, record);
    },
    get: async (id) => records.get(id),
    list: async (filter) => [...records.values()].filter((r) => matchesFilter(r, filter)).sort(queueOrder).slice(0, filter.limit ?? 500),
    transition: async (id, from, change) => {
      const record = records.get(id);
      if (!record || !from.includes(record.status)) return undefined;
      const next = applyChange(record, change);
      records.set(id, next);
      return next;
    },
    appendMessage: async (id, message) => {
      const record = records.get(id);
      if (record) records.set(id, { ...record, messages: [...record.messages, message] });
    },
    reserveKey: async (id, key, at) => {
      const kept = keys.get(id) ?? new Map<string, { at: number; answer?: KeptAnswer }>();
      keys.set(id, kept);
      for (const [k, entry] of kept) if (entry.at < at.getTime() - IDEMPOTENCY_TTL_MS) kept.delete(k);
      const found = reservationOf(kept.get(key), at);
      if (found) return found;
      kept.set(key, { at: at.getTime() });
      return { kind: 'reserved' };
    },
    settleKey: async (id, key, answer, at) => {
      const kept = keys.get(id);
      if (!kept) return;
      if (answer) kept.set(key, { at: at.getTime(), answer });
      else kept.delete(key);
    },
    purgeClosed: async (botId, before) => removeWhere((r) => r.botId === botId && closedBefore(r, before)),
    eraseConversations: async (botId, ids) => removeWhere((r) => r.botId === botId && ids.includes(r.conversationId)),
  };
}
