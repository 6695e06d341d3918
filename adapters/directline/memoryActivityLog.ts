// The in-memory activity log: the last `maxActivities` activities (and `maxConversationBytes` of
// JSON) of each conversation, at most `maxConversations` conversations and `maxBytes` in all (the
// least recently used go first), each forgotten after `idleMs` without use unless a stream is
// listening. Listeners of a forgotten conversation are told it ended.
import { activityId, loggedAt, type ActivityLog, type ConversationOwner, type LogListener } from './activityLog';
import { activityLogLimits, type ActivityLogOptions } from './activityLogOptions';
import type { DirectLineActivity } from './directLineActivity';
import { safely } from './logListeners';

export type MemoryActivityLogOptions = ActivityLogOptions;

interface Entry {
  readonly owner: ConversationOwner;
  readonly activities: { seq: number; bytes: number; activity: DirectLineActivity }[];
  head: number;
  bytes: number;
  lastUsed: number;
  readonly listeners: Set<LogListener>;
}

export function createMemoryActivityLog(options: MemoryActivityLogOptions = {}): ActivityLog {
  const { maxActivities, maxConversations, maxConversationBytes, maxBytes, idleMs, clock, sweepMs } = activityLogLimits(options);
  const entries = new Map<string, Entry>();
  let totalBytes = 0;

  const forget = (id: string, entry: Entry): void => {
    entries.delete(id);
    totalBytes -= entry.bytes;
    for (const listener of [...entry.listeners]) safely(() => listener.end());
  };
  const sweep = (): void => {
    const now = clock.now().getTime();
    for (const [id, entry] of entries) if (now - entry.lastUsed > idleMs && entry.listeners.size === 0) forget(id, entry);
  };
  /** The entry, marked as used now (and so last in the eviction order). */
  const use = (id: string): Entry | undefined => {
    const entry = entries.get(id);
    if (!entry) return undefined;
    const now = clock.now().getTime();
    if (now - entry.lastUsed > idleMs && entry.listeners.size === 0) {
      forget(id, entry);
      return undefined;
    }
    entry.lastUsed = now;
    entries.delete(id);
    entries.set(id, entry);
    return entry;
  };
  /** Forgets the least recently used conversations until both bounds hold (the latest one stays). */
  const evictBeyond = (count: number): void => {
    while (entries.size > 1 && (entries.size > count || totalBytes > maxBytes)) {
      const [oldestId, oldest] = entries.entries().next().value as [string, Entry];
      forget(oldestId, oldest);
    }
  };
  const timer = sweepMs > 0 ? setInterval(sweep, sweepMs) : undefined;
  timer?.unref();

  return {
    async create(id, owner) {
      if (use(id)) return false;
      entries.set(id, { owner, activities: [], head: 0, bytes: 0, lastUsed: clock.now().getTime(), listeners: new Set() });
      evictBeyond(maxConversations);
      return true;
    },
    async owner(id) {
      return use(id)?.owner;
    },
    async append(id, activities) {
      const entry = use(id);
      if (!entry) return undefined;
      const logged = activities.map((activity) => {
        entry.head += 1;
        const withId = { ...activity, id: activityId(id, entry.head) };
        const bytes = JSON.stringify(withId).length;
        entry.activities.push({ seq: entry.head, bytes, activity: withId });
        entry.bytes += bytes;
        totalBytes += bytes;
        return withId;
      });
      while (entry.activities.length > 1 && (entry.activities.length > maxActivities || entry.bytes > maxConversationBytes)) {
        const dropped = entry.activities.shift()?.bytes ?? 0;
        entry.bytes -= dropped;
        totalBytes -= dropped;
      }
      evictBeyond(maxConversations);
      const page = { activities: logged, watermark: entry.head };
      for (const listener of [...entry.listeners]) safely(() => listener.next(page));
      return logged;
    },
    async read(id, after) {
      const entry = use(id);
      if (!entry) return undefined;
      return { activities: entry.activities.filter((a) => a.seq > after).map((a) => a.activity), watermark: entry.head };
    },
    subscribe(id, listener) {
      const entry = entries.get(id);
      if (!entry) {
        safely(() => listener.end());
        return () => undefined;
      }
      entry.listeners.add(listener);
      return () => entry.listeners.delete(listener);
    },
    async exportConversation(id) {
      const entry = entries.get(id);
      return entry && { conversationId: id, owner: entry.owner, activities: entry.activities.map((a) => a.activity) };
    },
    async erase(ids) {
      let held = 0;
      for (const id of new Set(ids)) {
        const entry = entries.get(id);
        if (!entry) continue;
        forget(id, entry);
        held += 1;
      }
      return held;
    },
    async purge(before) {
      const gone = [...entries].filter(([, entry]) => loggedAt(entry.activities.at(-1)?.activity, entry.lastUsed) < before.getTime());
      for (const [id, entry] of gone) forget(id, entry);
      return gone.length;
    },
    async close() {
      if (timer) clearInterval(timer);
      for (const [id, entry] of [...entries]) forget(id, entry);
    },
  };
}
