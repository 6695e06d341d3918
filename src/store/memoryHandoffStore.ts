// The handoff queue in memory, for tests and demos.
import type { HandoffRecord } from '../handoff/handoffRecord';
import { applyChange, matchesFilter, queueOrder, type HandoffStore } from './handoffStore';

export function createMemoryHandoffStore(): HandoffStore {
  const records = new Map<string, HandoffRecord>();
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
  };
}
