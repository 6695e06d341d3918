// The embedded default store: SQLite through better-sqlite3, in WAL mode, in a file under the data
// directory (BATON_DATA_DIR, default ./data). Conversation states, full transcripts and customer
// profiles survive a restart of the process.
import type Database from 'better-sqlite3';
import type { ConversationState, TranscriptEntry } from '../engine/conversationState';
import type { ConversationStore } from './conversationStore';
import { exportCustomerFrom } from './exportCustomerFrom';
import { lastActiveAt } from './lastActiveAt';
import { customerByConversation, customerByKey, linkCustomerIn, unlinkConversationsIn } from './profileBook';
import { openSqliteDatabase } from './openSqliteDatabase';
import { createRecentStates } from './recentStates';
import { sqliteCommits, type SqliteCommits } from './sqliteCommits';
import { sqliteStoredStates } from './sqliteStoredStates';
import { createSqliteProfileBook } from './sqliteProfileBook';
import { unstoredEntries } from './unstoredEntries';
import { immediateTransaction } from './immediateTransaction';

// updated_at is when the conversation was last active (ISO 8601, UTC), which purge goes by.
// seq is an entry's position in the full transcript.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS readiness (id INTEGER PRIMARY KEY CHECK (id = 1), at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS conversation_state (
  bot_id TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  state TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (bot_id, conversation_id)
);
CREATE INDEX IF NOT EXISTS conversation_state_active ON conversation_state (bot_id, updated_at);
CREATE TABLE IF NOT EXISTS conversation_transcript (
  bot_id TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  entry TEXT NOT NULL,
  PRIMARY KEY (bot_id, conversation_id, seq)
) WITHOUT ROWID;`;

/**
 * A store on a SQLite file (opened here) or on a database shared with the handoff queue; `commits`
 * is the database's group commit when other stores write to it too.
 */
export function createSqliteStore(fileOrDb: string | Database.Database, commits?: SqliteCommits): ConversationStore {
  const db = typeof fileOrDb === 'string' ? openSqliteDatabase(fileOrDb) : fileOrDb;
  db.exec(SCHEMA);
  const book = createSqliteProfileBook(db);
  const group = commits ?? sqliteCommits(db);
  const load = db.prepare<[string, string], { state: string }>('SELECT state FROM conversation_state WHERE bot_id = ? AND conversation_id = ?');
  const upsert = db.prepare<[string, string, string, string]>(
    `INSERT INTO conversation_state (bot_id, conversation_id, state, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (bot_id, conversation_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  );
  const stored = db.prepare<[string, string], { next: number }>('SELECT COALESCE(MAX(seq) + 1, 0) AS next FROM conversation_transcript WHERE bot_id = ? AND conversation_id = ?');
  const append = db.prepare<[string, string, number, string]>('INSERT INTO conversation_transcript (bot_id, conversation_id, seq, entry) VALUES (?, ?, ?, ?)');
  const entries = db.prepare<[string, string], { entry: string }>('SELECT entry FROM conversation_transcript WHERE bot_id = ? AND conversation_id = ? ORDER BY seq');
  const idle = db.prepare<[string, string], { id: string }>('SELECT conversation_id AS id FROM conversation_state WHERE bot_id = ? AND updated_at < ?');
  const deleteState = db.prepare<[string, string]>('DELETE FROM conversation_state WHERE bot_id = ? AND conversation_id = ?');
  const deleteTranscript = db.prepare<[string, string]>('DELETE FROM conversation_transcript WHERE bot_id = ? AND conversation_id = ?');

  const recent = createRecentStates(db);
  const keyOf = (botId: string, id: string): string => `${botId}\u0000${id}`;

  /** Writes a state and its new transcript entries; returns what to remember once committed. */
  const saveOne = (state: ConversationState): { json: string; transcriptStored: number } => {
    const json = JSON.stringify(state);
    upsert.run(state.botId, state.conversationId, json, new Date(lastActiveAt(state)).toISOString());
    const known = recent.transcriptStored(keyOf(state.botId, state.conversationId));
    const { first, entries: unstored } = unstoredEntries(state, known ?? stored.get(state.botId, state.conversationId)?.next ?? 0);
    unstored.forEach((entry, i) => append.run(state.botId, state.conversationId, first + i, JSON.stringify(entry)));
    return { json, transcriptStored: first + unstored.length };
  };
  const forget = (botId: string, ids: readonly string[]): void => {
    for (const id of ids) {
      recent.forget(keyOf(botId, id));
      deleteState.run(botId, id);
      deleteTranscript.run(botId, id);
    }
    unlinkConversationsIn(book, botId, ids);
  };
  const erase = immediateTransaction(db, (botId: string, key: string): number => {
    const ids = customerByKey(book, botId, key)?.conversations.map((c) => c.conversationId) ?? [];
    forget(botId, ids);
    return ids.length;
  });
  const purge = immediateTransaction(db, (botId: string, before: Date): number => {
    const ids = idle.all(botId, before.toISOString()).map((row) => row.id);
    forget(botId, ids);
    return ids.length;
  });
  const link = immediateTransaction(db, (...args: Parameters<ConversationStore['linkCustomer']>) => linkCustomerIn(book, ...args));

  const store: ConversationStore = {
    loadState: async (botId, id) => {
      const key = keyOf(botId, id);
      const known = recent.state(key);
      if (known !== undefined) return known;
      const row = load.get(botId, id);
      if (!row) return undefined;
      const state: unknown = JSON.parse(row.state);
      recent.remember(key, row.state, undefined, state);
      return state;
    },
    // One process owns the file: the runtime serialises a conversation's turns with an in-process
    // mutex, so a lease has nothing to fence here and is ignored. Saves of concurrent turns share
    // one commit (see sqliteCommits), with the analytics events of the same database.
    saveState: async (state) => {
      const key = keyOf(state.botId, state.conversationId);
      try {
        const { json, transcriptStored } = await group.write(() => saveOne(state));
        recent.remember(key, json, transcriptStored);
      } catch (err) {
        recent.forget(key);
        throw err;
      }
    },
    storedStates: sqliteStoredStates(db),
    transcript: async (botId, id) => entries.all(botId, id).map((row) => JSON.parse(row.entry) as TranscriptEntry),
    linkCustomer: async (...args) => link(...args),
    customer: async (botId, key) => customerByKey(book, botId, key),
    customerOf: async (botId, id) => customerByConversation(book, botId, id),
    exportCustomer: (botId, key) => exportCustomerFrom(store, botId, key),
    eraseCustomer: async (botId, key) => erase(botId, key),
    purge: async (botId, before) => purge(botId, before),
    // Ready means a turn could be saved: one row is written (a full disk or a read-only file fails it).
    ping: async () => {
      if (!db.open) return false;
      try {
        db.prepare('INSERT OR REPLACE INTO readiness (id, at) VALUES (1, ?)').run(Date.now());
        return true;
      } catch {
        return false;
      }
    },
    close: async () => {
      group.flush();
      if (db.open) db.close();
    },
  };
  return store;
}
