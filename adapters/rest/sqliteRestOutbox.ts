// The REST outbox in the SQLite database that holds the conversations, so an agent's reply waiting
// for a REST customer survives a restart of the process, graceful or not: rows per waiting message
// (bounded per conversation, kept a day) and which conversations are the REST channel's. Taking
// the messages deletes them in the same transaction: each is handed out once.
import type Database from 'better-sqlite3';
import type { Reply } from '../../src/runtime/createRuntime';
import { KNOWN_TTL_MS, OUTBOX_LIMIT, OUTBOX_TTL_MS, type OutboxMessage, type RestOutbox } from './restOutbox';
import { immediateTransaction } from '../../src/store/immediateTransaction';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS rest_outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  conversation_id TEXT NOT NULL,
  at TEXT NOT NULL,
  expires_ms INTEGER NOT NULL,
  message TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS rest_outbox_by_conversation ON rest_outbox (conversation_id, seq);
CREATE TABLE IF NOT EXISTS rest_known (
  conversation_id TEXT PRIMARY KEY,
  until_ms INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS rest_outbox_by_expiry ON rest_outbox (expires_ms);
CREATE INDEX IF NOT EXISTS rest_known_by_expiry ON rest_known (until_ms);`;

/** How long a conversation's row stands without renewal; well within KNOWN_TTL_MS. */
const RENEW_MS = 3600_000;
/** Conversations whose renewal is remembered; past this the memory starts over (and renews again). */
const RENEWED_LIMIT = 100_000;

export function sqliteRestOutbox(db: Database.Database, now: () => number = Date.now): RestOutbox {
  db.exec(SCHEMA);
  const knowRow = db.prepare<[string, number]>('INSERT OR REPLACE INTO rest_known (conversation_id, until_ms) VALUES (?, ?)');
  const known = db.prepare<[string, number], { one: number }>('SELECT 1 AS one FROM rest_known WHERE conversation_id = ? AND until_ms > ?');
  const forgetOld = db.prepare<[number]>('DELETE FROM rest_known WHERE until_ms <= ?');
  const add = db.prepare<[string, string, number, string]>('INSERT INTO rest_outbox (conversation_id, at, expires_ms, message) VALUES (?, ?, ?, ?)');
  const dropExpired = db.prepare<[number]>('DELETE FROM rest_outbox WHERE expires_ms <= ?');
  const keepLast = db.prepare<[string, string, number]>('DELETE FROM rest_outbox WHERE conversation_id = ? AND seq NOT IN (SELECT seq FROM rest_outbox WHERE conversation_id = ? ORDER BY seq DESC LIMIT ?)');
  const waiting = db.prepare<[string, number], { seq: number; at: string; message: string }>('SELECT seq, at, message FROM rest_outbox WHERE conversation_id = ? AND expires_ms > ? ORDER BY seq');
  const anyWaiting = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM rest_outbox WHERE conversation_id = ? LIMIT 1');
  const drop = db.prepare<[string]>('DELETE FROM rest_outbox WHERE conversation_id = ?');
  const unknow = db.prepare<[string]>('DELETE FROM rest_known WHERE conversation_id = ?');
  const forget = immediateTransaction(db, (ids: readonly string[]) => {
    for (const id of ids) {
      drop.run(id);
      unknow.run(id);
      renewed.delete(id);
    }
  });
  const put = immediateTransaction(db, (id: string, replies: readonly Reply[], at: Date) => {
    dropExpired.run(now());
    for (const reply of replies) add.run(id, at.toISOString(), now() + OUTBOX_TTL_MS, JSON.stringify(reply));
    keepLast.run(id, id, OUTBOX_LIMIT);
  });
  const take = immediateTransaction(db, (id: string): OutboxMessage[] => {
    const rows = waiting.all(id, now());
    drop.run(id);
    return rows.map((row) => ({ ...(JSON.parse(row.message) as Reply), seq: row.seq, at: row.at }));
  });
  // Every turn says its conversation is the REST channel's; the row's time is renewed (and old rows
  // dropped) only once a RENEW_MS for each, not in a commit of its own at every turn.
  const renewed = new Map<string, number>();
  const know = (id: string): void => {
    const at = now();
    if ((renewed.get(id) ?? -Infinity) > at - RENEW_MS) return;
    if (renewed.size >= RENEWED_LIMIT) renewed.clear();
    renewed.set(id, at);
    remember(id, at);
  };
  const remember = immediateTransaction(db, (id: string, at: number) => {
    forgetOld.run(at);
    knowRow.run(id, at + KNOWN_TTL_MS);
  });
  return {
    know: async (id) => know(id),
    holds: async (id) => known.get(id, now()) !== undefined,
    put: async (id, replies, at) => {
      if (replies.length > 0) put(id, replies, at);
    },
    // Nearly every turn finds nothing waiting: that is a read, with no write transaction to commit.
    take: async (id) => (anyWaiting.get(id) === undefined ? [] : take(id)),
    forget: async (ids) => forget(ids),
  };
}
