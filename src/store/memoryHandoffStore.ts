// The handoff queue in memory, for tests and demos.
import type { HandoffRecord } from '../handoff/handoffRecord';
import { applyChange, closedBefore, matchesFilter, queueOrder, type HandoffStore } from './handoffStore';

export function createMemoryHandoffStore(): HandoffStore {
  const records = new Map<string, HandoffRecord>();
  const removeWhere = (test: (r: HandoffRecord) => boolean): number => {
    const gone = [...records.values()].filter(test);
    for (const r of gone) records.delete(r.id);
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
    purgeClosed: async (botId, before) => removeWhere((r) => r.botId === botId && closedBefore(r, before)),
    eraseConversations: async (botId, ids) => removeWhere((r) => r.botId === botId && ids.includes(r.conversationId)),
  };
}
