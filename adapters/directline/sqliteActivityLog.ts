// The Direct Line activity log in the SQLite database that holds the conversations, so a web chat
// conversation, its activities and its watermarks survive a restart of the process, graceful or
// not. The same bounds as the in-memory log (see activityLogOptions); least recently used is an
// order of use kept in the database, idleness the clock's time of last use. Writes join the
// store's group commit when one is given; listeners hear of an append once it is committed. A
// conversation erased or purged by another process (`baton data`) ends this one's streams at the next sweep.
import type Database from 'better-sqlite3';
import type { SqliteCommits } from '../../src/store/sqliteCommits';
import { activityId, loggedAt, type ActivityLog, type ConversationOwner, type LoggedPage } from './activityLog';
import { activityLogLimits, type ActivityLogOptions } from './activityLogOptions';
import type { DirectLineActivity } from './directLineActivity';
import { logListeners, safely } from './logListeners';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS directline_conversations (
  id TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  head INTEGER NOT NULL,
  bytes INTEGER NOT NULL,
  used_ms INTEGER NOT NULL,
  used_seq INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS directline_conversations_by_use ON directline_conversations (used_seq);
CREATE TABLE IF NOT EXISTS directline_activities (
  conversation_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  bytes INTEGER NOT NULL,
  activity TEXT NOT NULL,
  PRIMARY KEY (conversation_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS directline_totals (
  one INTEGER PRIMARY KEY CHECK (one = 1),
  conversations INTEGER NOT NULL,
  bytes INTEGER NOT NULL,
  uses INTEGER NOT NULL
);
INSERT OR IGNORE INTO directline_totals (one, conversations, bytes, uses) VALUES (1, 0, 0, 0);`;

interface Row {
  id: string;
  owner: string;
  head: number;
  bytes: number;
  used_ms: number;
}

/** What a write did: its result, and the conversations it forgot (their listeners are told after the commit). */
interface Done<T> {
  readonly result: T;
  readonly forgotten: readonly string[];
}

export interface SqliteActivityLogOptions extends ActivityLogOptions {
  /** The store's group commit on the same database; without it each write commits on its own. */
  readonly commits?: SqliteCommits;
}

export function createSqliteActivityLog(db: Database.Database, options: SqliteActivityLogOptions = {}): ActivityLog {
  const { maxActivities, maxConversations, maxConversationBytes, maxBytes, idleMs, clock, sweepMs } = activityLogLimits(options);
  db.exec(SCHEMA);
  const listeners = logListeners();
  const q = {
    get: db.prepare<[string], Row>('SELECT id, owner, head, bytes, used_ms FROM directline_conversations WHERE id = ?'),
    exists: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM directline_conversations WHERE id = ?'),
    totals: db.prepare<[], { conversations: number; bytes: number }>('SELECT conversations, bytes FROM directline_totals'),
    addTotals: db.prepare<[number, number]>('UPDATE directline_totals SET conversations = conversations + ?, bytes = bytes + ?'),
    nextUse: db.prepare<[], { uses: number }>('UPDATE directline_totals SET uses = uses + 1 RETURNING uses'),
    touch: db.prepare<[number, number, string]>('UPDATE directline_conversations SET used_ms = ?, used_seq = ? WHERE id = ?'),
    insert: db.prepare<[string, string, number, number]>('INSERT INTO directline_conversations (id, owner, head, bytes, used_ms, used_seq) VALUES (?, ?, 0, 0, ?, ?)'),
    setHead: db.prepare<[number, number, string]>('UPDATE directline_conversations SET head = ?, bytes = ? WHERE id = ?'),
    remove: db.prepare<[string]>('DELETE FROM directline_conversations WHERE id = ?'),
    removeActivities: db.prepare<[string]>('DELETE FROM directline_activities WHERE conversation_id = ?'),
    addActivity: db.prepare<[string, number, number, string]>('INSERT INTO directline_activities (conversation_id, seq, bytes, activity) VALUES (?, ?, ?, ?)'),
    count: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM directline_activities WHERE conversation_id = ?'),
    oldestActivity: db.prepare<[string], { seq: number; bytes: number }>('SELECT seq, bytes FROM directline_activities WHERE conversation_id = ? ORDER BY seq LIMIT 1'),
    dropActivity: db.prepare<[string, number]>('DELETE FROM directline_activities WHERE conversation_id = ? AND seq = ?'),
    after: db.prepare<[string, number], { activity: string }>('SELECT activity FROM directline_activities WHERE conversation_id = ? AND seq > ? ORDER BY seq'),
    leastUsed: db.prepare<[string], Row>('SELECT id, owner, head, bytes, used_ms FROM directline_conversations WHERE id != ? ORDER BY used_seq LIMIT 1'),
    idleSince: db.prepare<[number], Row>('SELECT id, owner, head, bytes, used_ms FROM directline_conversations WHERE used_ms < ?'),
    all: db.prepare<[string], { activity: string }>('SELECT activity FROM directline_activities WHERE conversation_id = ? ORDER BY seq'),
    // Each conversation with the timestamp of its last activity kept (null when it has none).
    lastLogged: db.prepare<[], Row & { last: string | null }>(`SELECT c.id, c.owner, c.head, c.bytes, c.used_ms,
      (SELECT json_extract(a.activity, '$.timestamp') FROM directline_activities a WHERE a.conversation_id = c.id ORDER BY a.seq DESC LIMIT 1) AS last
      FROM directline_conversations c`),
  };

  const forget = (row: Row, forgotten: string[]): void => {
    q.removeActivities.run(row.id);
    q.remove.run(row.id);
    q.addTotals.run(-1, -row.bytes);
    forgotten.push(row.id);
  };
  const idle = (row: Row, now: number): boolean => now - row.used_ms > idleMs && !listeners.has(row.id);
  /** The conversation's row, marked as used now; forgotten (undefined) when it was idle too long. */
  const use = (id: string, forgotten: string[]): Row | undefined => {
    const row = q.get.get(id);
    if (!row) return undefined;
    const now = clock.now().getTime();
    if (idle(row, now)) {
      forget(row, forgotten);
      return undefined;
    }
    q.touch.run(now, q.nextUse.get()!.uses, id);
    return { ...row, used_ms: now };
  };
  /** Forgets the least recently used conversations (never `keep`) until both bounds hold. */
  const evictBeyond = (keep: string, forgotten: string[]): void => {
    for (;;) {
      const totals = q.totals.get()!;
      if (totals.conversations <= 1 || (totals.conversations <= maxConversations && totals.bytes <= maxBytes)) return;
      const oldest = q.leastUsed.get(keep);
      if (!oldest) return;
      forget(oldest, forgotten);
    }
  };

  const tx = <T>(work: (forgotten: string[]) => T) => (): Done<T> => {
    const forgotten: string[] = [];
    return { result: work(forgotten), forgotten };
  };
  const write = async <T>(work: (forgotten: string[]) => T): Promise<T> => {
    const done = options.commits ? await options.commits.write(tx(work)) : db.transaction(tx(work)).immediate();
    for (const id of done.forgotten) listeners.end(id);
    return done.result;
  };

  const sweep = (): void => {
    write((forgotten) => {
      const now = clock.now().getTime();
      for (const row of q.idleSince.all(now - idleMs)) if (!listeners.has(row.id)) forget(row, forgotten);
      // A conversation a stream listens to stays in use; one another process deleted ends here.
      for (const id of listeners.ids()) {
        if (q.exists.get(id)) q.touch.run(now, q.nextUse.get()!.uses, id);
        else forgotten.push(id);
      }
    }).catch(() => undefined); // the next sweep tries again
  };
  const timer = sweepMs > 0 ? setInterval(sweep, sweepMs) : undefined;
  timer?.unref();

  return {
    create: (id, owner) => write((forgotten) => {
      if (use(id, forgotten)) return false;
      q.insert.run(id, JSON.stringify(owner), clock.now().getTime(), q.nextUse.get()!.uses);
      q.addTotals.run(1, 0);
      evictBeyond(id, forgotten);
      return true;
    }),
    owner: (id) => write((forgotten) => {
      const row = use(id, forgotten);
      return row ? (JSON.parse(row.owner) as ConversationOwner) : undefined;
    }),
    append: async (id, activities) => {
      const page = await write((forgotten): LoggedPage | undefined => {
        const row = use(id, forgotten);
        if (!row) return undefined;
        let { head, bytes } = row;
        const logged = activities.map((activity) => {
          head += 1;
          const withId: DirectLineActivity = { ...activity, id: activityId(id, head) };
          const json = JSON.stringify(withId);
          q.addActivity.run(id, head, json.length, json);
          bytes += json.length;
          return withId;
        });
        let count = q.count.get(id)!.n;
        while (count > 1 && (count > maxActivities || bytes > maxConversationBytes)) {
          const oldest = q.oldestActivity.get(id)!;
          q.dropActivity.run(id, oldest.seq);
          bytes -= oldest.bytes;
          count -= 1;
        }
        q.setHead.run(head, bytes, id);
        q.addTotals.run(0, bytes - row.bytes);
        evictBeyond(id, forgotten);
        return { activities: logged, watermark: head };
      });
      if (!page) return undefined;
      listeners.next(id, page);
      return page.activities;
    },
    read: (id, after) => write((forgotten): LoggedPage | undefined => {
      const row = use(id, forgotten);
      if (!row) return undefined;
      return { activities: q.after.all(id, after).map((r) => JSON.parse(r.activity) as DirectLineActivity), watermark: row.head };
    }),
    subscribe(id, listener) {
      if (!q.exists.get(id)) {
        safely(() => listener.end());
        return () => undefined;
      }
      return listeners.add(id, listener);
    },
    exportConversation: async (id) => {
      const row = q.get.get(id);
      if (!row) return undefined;
      return { conversationId: id, owner: JSON.parse(row.owner) as ConversationOwner, activities: q.all.all(id).map((r) => JSON.parse(r.activity) as DirectLineActivity) };
    },
    erase: (ids) => write((forgotten) => {
      for (const id of new Set(ids)) {
        const row = q.get.get(id);
        if (row) forget(row, forgotten);
      }
      return forgotten.length;
    }),
    purge: (before) => write((forgotten) => {
      for (const row of q.lastLogged.all()) {
        if (loggedAt(row.last === null ? undefined : { timestamp: row.last }, row.used_ms) < before.getTime()) forget(row, forgotten);
      }
      return forgotten.length;
    }),
    async close() {
      if (timer) clearInterval(timer);
      listeners.endAll();
    },
  };
}
