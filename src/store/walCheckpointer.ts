// Checkpoints a SQLite database's write-ahead log from a worker thread, so that the event loop,
// which commits every turn, never copies the log back into the database file nor waits for the
// fsyncs that copy ends with. The worker has its own connection and runs a PASSIVE checkpoint a few
// times a second: it copies what is committed without ever blocking the writer. The writer's own
// automatic checkpoint stays on with a higher threshold (see FALLBACK_PAGES), should the worker fall
// behind or be gone. Durability is unchanged: a commit is in the log before it resolves, and the
// checkpoint syncs the log before copying it.
// A checkpoint copies the log but leaves the -wal file as long as it ever grew (a burst of writes
// left one at 40 MB for good). So once a passive checkpoint has copied the whole log and the file
// is over WAL_LIMIT_BYTES, the worker runs a TRUNCATE checkpoint: with nothing left to copy it
// holds the writer back only for the truncation itself, and if a writer or reader is busy it gives
// up at once and tries again on a later tick.
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** The writer checkpoints by itself once the log holds this many pages (SQLite's default: 1,000). */
export const FALLBACK_PAGES = 10_000;

/** A -wal file longer than this is truncated once its whole log is checkpointed. */
export const WAL_LIMIT_BYTES = 4 * 1024 * 1024;

export interface WalCheckpointer {
  /** Stops the worker (after a last checkpoint) and closes its connection. */
  close(): Promise<void>;
}

const WORKER = `
const { statSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('synchronous = NORMAL');
const walSize = () => { try { return statSync(workerData.file + '-wal').size; } catch { return 0; } };
const checkpoint = () => {
  try {
    const [done] = db.pragma('wal_checkpoint(PASSIVE)');
    if (done.busy === 0 && done.log === done.checkpointed && walSize() > workerData.walLimitBytes) db.pragma('wal_checkpoint(TRUNCATE)');
  } catch { /* busy or closing: the next one catches up */ }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

export function startWalCheckpointer(db: Database.Database, options: { intervalMs?: number; walLimitBytes?: number } = {}): WalCheckpointer {
  db.pragma(`wal_autocheckpoint = ${FALLBACK_PAGES}`);
  const worker = new Worker(WORKER, { eval: true, workerData: { driver: require.resolve('better-sqlite3'), file: db.name, intervalMs: options.intervalMs ?? 200, walLimitBytes: options.walLimitBytes ?? WAL_LIMIT_BYTES } });
  worker.unref();
  // A worker that cannot run leaves the writer's own checkpoints doing the work, as before.
  worker.on('error', () => db.open && db.pragma('wal_autocheckpoint = 1000'));
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    close: () => {
      worker.postMessage('close');
      return exited;
    },
  };
}
