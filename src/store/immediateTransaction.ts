// SQLite transactions that take the write lock when they begin (BEGIN IMMEDIATE), waiting for it
// up to the connection's busy timeout. A deferred transaction that reads and then writes cannot wait:
// when another connection (the WAL checkpointer, another process) moved the log between its read and
// its write, SQLite fails the write at once with "database is locked", and under load turns then
// answered 503. Every transaction of the embedded store writes, so each begins immediate.
import type Database from 'better-sqlite3';

export function immediateTransaction<A extends unknown[], R>(db: Database.Database, work: (...args: A) => R): (...args: A) => R {
  const transaction = db.transaction(work);
  return (...args: A): R => transaction.immediate(...args);
}
