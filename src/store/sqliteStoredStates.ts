// The stored states of a bot in the SQLite store, a page at a time in conversation id order (the
// primary key), each page a fresh SELECT after the last id seen: no read transaction is held open
// between pages, so the server's writes go on while a large store is read.
import type Database from 'better-sqlite3';
import type { StoredState } from './conversationStore';
import { parseStoredState } from './parseStoredState';

export function sqliteStoredStates(db: Database.Database): (botId: string, batchSize?: number) => AsyncIterable<readonly StoredState[]> {
  const page = db.prepare<[string, string, number], { id: string; state: string }>(
    'SELECT conversation_id AS id, state FROM conversation_state WHERE bot_id = ? AND conversation_id > ? ORDER BY conversation_id LIMIT ?',
  );
  return async function* storedStates(botId, batchSize = 500) {
    let after = '';
    for (;;) {
      const rows = page.all(botId, after, batchSize);
      if (rows.length > 0) yield rows.map((row) => ({ conversationId: row.id, state: parseStoredState(row.state) }));
      if (rows.length < batchSize) return;
      after = rows[rows.length - 1]!.id;
    }
  };
}
