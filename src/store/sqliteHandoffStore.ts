// The handoff queue in SQLite: one row per handoff, one per message said since. A status change is
// a single UPDATE ... WHERE status IN (...), so concurrent claims cannot both win. Agents'
// idempotency keys are rows beside the handoff, reserved inside a transaction.
import type Database from 'better-sqlite3';
import type { HandoffMessage, HandoffRecord } from '../handoff/handoffRecord';
import { applyChange, closedBefore, IDEMPOTENCY_TTL_MS, reservationOf, type HandoffStore, type KeptAnswer } from './handoffStore';
import { immediateTransaction } from './immediateTransaction';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS handoff (
  id TEXT PRIMARY KEY,
  bot_id TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  status TEXT NOT NULL,
  queue TEXT NOT NULL,
  priority INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS handoff_open ON handoff (status, queue, priority DESC, created_at);
CREATE INDEX IF NOT EXISTS handoff_conversation ON handoff (bot_id, conversation_id);
CREATE TABLE IF NOT EXISTS handoff_message (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  handoff_id TEXT NOT NULL,
  message TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS handoff_message_by_handoff ON handoff_message (handoff_id, seq);
CREATE TABLE IF NOT EXISTS handoff_idempotency (
  handoff_id TEXT NOT NULL,
  key TEXT NOT NULL,
  at INTEGER NOT NULL,
  answer TEXT,
  PRIMARY KEY (handoff_id, key)
);
CREATE INDEX IF NOT EXISTS handoff_idempotency_at ON handoff_idempotency (at);`;

type Row = { record: string; id: string };

export function createSqliteHandoffStore(db: Database.Database): HandoffStore {
  db.exec(SCHEMA);
  const insert = db.prepare('INSERT INTO handoff (id, bot_id, conversation_id, status, queue, priority, created_at, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const byId = db.prepare<[string], Row>('SELECT id, record FROM handoff WHERE id = ?');
  const messagesOf = db.prepare<[string], { message: string }>('SELECT message FROM handoff_message WHERE handoff_id = ? ORDER BY seq');
  const addMessage = db.prepare('INSERT INTO handoff_message (handoff_id, message) VALUES (?, ?)');
  const update = db.prepare('UPDATE handoff SET status = ?, queue = ?, record = ? WHERE id = ? AND status = ?');
  const read = (row: Row | undefined): HandoffRecord | undefined => {
    if (!row) return undefined;
    const record = JSON.parse(row.record) as HandoffRecord;
    return { ...record, messages: messagesOf.all(row.id).map((m) => JSON.parse(m.message) as HandoffMessage) };
  };
  const transition = immediateTransaction(db, (id: string, from: readonly string[], change: Parameters<HandoffStore['transition']>[2]) => {
    const current = read(byId.get(id));
    if (!current || !from.includes(current.status)) return undefined;
    const next = applyChange(current, change);
    const { messages: _m, ...stored } = next;
    return update.run(next.status, next.queue, JSON.stringify(stored), id, current.status).changes === 1 ? next : undefined;
  });
  const deleteHandoff = db.prepare<[string]>('DELETE FROM handoff WHERE id = ?');
  const deleteMessages = db.prepare<[string]>('DELETE FROM handoff_message WHERE handoff_id = ?');
  const keyOf = db.prepare<[string, string], { at: number; answer: string | null }>('SELECT at, answer FROM handoff_idempotency WHERE handoff_id = ? AND key = ?');
  const putKey = db.prepare<[string, string, number, string | null]>('INSERT OR REPLACE INTO handoff_idempotency (handoff_id, key, at, answer) VALUES (?, ?, ?, ?)');
  const dropKey = db.prepare<[string, string]>('DELETE FROM handoff_idempotency WHERE handoff_id = ? AND key = ?');
  const dropOldKeys = db.prepare<[number]>('DELETE FROM handoff_idempotency WHERE at < ?');
  const deleteKeys = db.prepare<[string]>('DELETE FROM handoff_idempotency WHERE handoff_id = ?');
  const reserve = immediateTransaction(db, (id: string, key: string, at: Date) => {
    dropOldKeys.run(at.getTime() - IDEMPOTENCY_TTL_MS);
    const row = keyOf.get(id, key);
    const found = reservationOf(row ? { at: row.at, ...(row.answer !== null ? { answer: JSON.parse(row.answer) as KeptAnswer } : {}) } : undefined, at);
    if (found) return found;
    putKey.run(id, key, at.getTime(), null);
    return { kind: 'reserved' as const };
  });
  const remove = immediateTransaction(db, (ids: readonly string[]) => {
    for (const id of ids) {
      deleteKeys.run(id);
      deleteMessages.run(id);
      deleteHandoff.run(id);
    }
    return ids.length;
  });
  return {
    create: async (record) => {
      const { messages, ...stored } = record;
      immediateTransaction(db, () => {
        insert.run(record.id, record.botId, record.conversationId, record.status, record.queue, record.priority, record.createdAt, JSON.stringify(stored));
        for (const m of messages) addMessage.run(record.id, JSON.stringify(m));
      })();
    },
    get: async (id) => read(byId.get(id)),
    list: async (filter) => {
      const where: string[] = [];
      const params: Array<string | number> = [];
      if (filter.statuses) { where.push(`status IN (${filter.statuses.map(() => '?').join(',')})`); params.push(...filter.statuses); }
      if (filter.queues) { where.push(`queue IN (${filter.queues.map(() => '?').join(',')})`); params.push(...filter.queues); }
      if (filter.botId) { where.push('bot_id = ?'); params.push(filter.botId); }
      if (filter.conversationId) { where.push('conversation_id = ?'); params.push(filter.conversationId); }
      const sql = `SELECT id, record FROM handoff ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY priority DESC, created_at, id LIMIT ?`;
      return db.prepare<Array<string | number>, Row>(sql).all(...params, filter.limit ?? 500).map((r) => read(r)!);
    },
    transition: async (id, from, change) => transition(id, from, change),
    appendMessage: async (id, message) => {
      addMessage.run(id, JSON.stringify(message));
    },
    reserveKey: async (id, key, at) => reserve(id, key, at),
    settleKey: async (id, key, answer, at) => {
      if (answer) putKey.run(id, key, at.getTime(), JSON.stringify(answer));
      else dropKey.run(id, key);
    },
    purgeClosed: async (botId, before) => {
      const closed = db.prepare<[string], Row>("SELECT id, record FROM handoff WHERE bot_id = ? AND status IN ('resolved', 'returned', 'cancelled', 'abandoned')").all(botId)
        .filter((row) => closedBefore(JSON.parse(row.record) as HandoffRecord, before));
      return remove(closed.map((row) => row.id));
    },
    eraseConversations: async (botId, ids) => {
      const found = ids.flatMap((c) => db.prepare<[string, string], { id: string }>('SELECT id FROM handoff WHERE bot_id = ? AND conversation_id = ?').all(botId, c));
      return remove(found.map((row) => row.id));
    },
  };
}
