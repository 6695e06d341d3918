// Analytics events in SQLite: one row per event (time in epoch milliseconds, bot, conversation, type,
// the event as JSON), indexed by bot and time for range queries and purges, and by conversation for erasure.
import type Database from 'better-sqlite3';
import type { AnalyticsEvent } from '../analytics/analyticsEvent';
import { eventTime, type AnalyticsStore } from '../analytics/analyticsStore';
import { sqliteCommits, type SqliteCommits } from './sqliteCommits';
import { immediateTransaction } from './immediateTransaction';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS analytics_event (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  bot_id TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  type TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS analytics_event_by_bot_time ON analytics_event (bot_id, at);
CREATE INDEX IF NOT EXISTS analytics_event_by_conversation ON analytics_event (bot_id, conversation_id);`;

/** `commits`: the database's group commit, shared with the conversation store (see sqliteCommits). */
export function createSqliteAnalyticsStore(db: Database.Database, commits: SqliteCommits = sqliteCommits(db)): AnalyticsStore {
  db.exec(SCHEMA);
  const insert = db.prepare<[number, string, string, string, string]>('INSERT INTO analytics_event (at, bot_id, conversation_id, type, json) VALUES (?, ?, ?, ?, ?)');
  const removeConversation = db.prepare<[string, string]>('DELETE FROM analytics_event WHERE bot_id = ? AND conversation_id = ?');
  const eraseAll = immediateTransaction(db, (botId: string, ids: readonly string[]) => ids.reduce((n, id) => n + removeConversation.run(botId, id).changes, 0));
  const select = db.prepare<[string, number, number], { json: string }>('SELECT json FROM analytics_event WHERE bot_id = ? AND at >= ? AND at < ? ORDER BY at, seq');
  const remove = db.prepare<[string, number]>('DELETE FROM analytics_event WHERE bot_id = ? AND at < ?');
  const insertAll = (events: readonly AnalyticsEvent[]): void => {
    for (const e of events) insert.run(eventTime(e), e.botId, e.conversationId, e.type, JSON.stringify(e));
  };
  return {
    record: (events) => commits.write(() => insertAll(events)),
    query: async (botId, from, to) => select.all(botId, from.getTime(), to.getTime()).map((row) => JSON.parse(row.json) as AnalyticsEvent),
    purge: async (botId, before) => remove.run(botId, before.getTime()).changes,
    eraseConversations: async (botId, ids) => eraseAll(botId, ids),
  };
}
