// The embedded default store: SQLite through better-sqlite3, in WAL mode, in a file under the data
// directory (BATON_DATA_DIR, default ./data). Conversation states survive a restart of the process.
import type Database from 'better-sqlite3';
import type { ConversationState } from '../engine/conversationState';
import type { ConversationStore } from './conversationStore';
import { openSqliteDatabase } from './openSqliteDatabase';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS conversation_state (
  bot_id TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  state TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (bot_id, conversation_id)
);`;

/** A store on a SQLite file (opened here) or on a database shared with the handoff queue. */
export function createSqliteStore(fileOrDb: string | Database.Database): ConversationStore {
  const db = typeof fileOrDb === 'string' ? openSqliteDatabase(fileOrDb) : fileOrDb;
  db.exec(SCHEMA);
  const load = db.prepare<[string, string], { state: string }>('SELECT state FROM conversation_state WHERE bot_id = ? AND conversation_id = ?');
  const save = db.prepare<[string, string, string, string]>(
    `INSERT INTO conversation_state (bot_id, conversation_id, state, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (bot_id, conversation_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  );
  return {
    loadState: async (botId, id) => {
      const row = load.get(botId, id);
      return row ? JSON.parse(row.state) : undefined;
    },
    saveState: async (state: ConversationState) => {
      save.run(state.botId, state.conversationId, JSON.stringify(state), new Date().toISOString());
    },
    ping: async () => db.open && db.prepare('SELECT 1 AS ok').get() !== undefined,
    close: async () => {
      if (db.open) db.close();
    },
  };
}
