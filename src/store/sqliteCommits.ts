// Group commit on one SQLite database: writes that arrive in the same turn of the event loop (the
// saves and analytics events of concurrent turns) run in one immediate transaction, and each
// resolves only once that transaction is committed. One commit for many writes is what makes SQLite
// keep up with concurrent conversations: a commit costs far more than the rows it writes.
// A write that throws must not fail the others: the batch is rolled back and every write runs
// again in a transaction of its own, with its own outcome.
import type Database from 'better-sqlite3';
import { immediateTransaction } from './immediateTransaction';

export interface SqliteCommits {
  /** Runs `work` in the next group transaction; resolves with its result once committed. */
  write<T>(work: () => T): Promise<T>;
  /** Commits what is pending now, e.g. before the database is closed. */
  flush(): void;
}

interface Pending {
  readonly work: () => unknown;
  readonly done: (err: unknown, result?: unknown) => void;
}

export function sqliteCommits(db: Database.Database): SqliteCommits {
  let pending: Pending[] = [];
  let scheduled = false;
  const runAll = immediateTransaction(db, (batch: readonly Pending[]) => batch.map((p) => p.work()));
  const runOne = immediateTransaction(db, (p: Pending) => p.work());
  const flush = (): void => {
    scheduled = false;
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    let results: unknown[];
    try {
      results = runAll(batch);
    } catch {
      for (const p of batch) {
        let result: unknown;
        try {
          result = runOne(p);
        } catch (err) {
          p.done(err);
          continue;
        }
        p.done(undefined, result);
      }
      return;
    }
    batch.forEach((p, i) => p.done(undefined, results[i]));
  };
  return {
    write: <T>(work: () => T) => new Promise<T>((resolve, reject) => {
      pending.push({ work, done: (err, result) => (err === undefined ? resolve(result as T) : reject(err)) });
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    }),
    flush,
  };
}
