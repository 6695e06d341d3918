// A read-then-write transaction of the embedded store while another connection commits all the
// time (as the WAL checkpointer and other processes do): begun IMMEDIATE it waits for the write lock
// and always commits; begun deferred, SQLite refuses its write at once ("database is locked"), which
// under load answered customers 503.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { immediateTransaction } from '../../src/store/immediateTransaction';
import { openSqliteDatabase } from '../../src/store/openSqliteDatabase';

const WRITER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
parentPort.postMessage('ready');
const until = Date.now() + workerData.ms;
while (Date.now() < until) insert.run(Date.now());
db.close();
`;

/** Runs `take` in a loop while a worker thread commits rows as fast as it can; the errors seen. */
async function underConcurrentWrites(db: Database.Database, file: string, take: () => void): Promise<string[]> {
  const worker = new Worker(WRITER, { eval: true, workerData: { driver: require.resolve('better-sqlite3'), file, ms: 1500 } });
  await new Promise((resolve) => worker.once('message', resolve));
  const done = new Promise((resolve) => worker.once('exit', resolve));
  const errors: string[] = [];
  const until = Date.now() + 1200;
  while (Date.now() < until) {
    try {
      take();
    } catch (err) {
      errors.push((err as Error).message);
    }
  }
  await done;
  return errors;
}

describe('immediate transactions', () => {
  let dir: string;
  let db: Database.Database;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'baton-immediate-'));
    file = join(dir, 'db.sqlite');
    db = openSqliteDatabase(file);
    db.exec('CREATE TABLE t (v INTEGER); CREATE TABLE q (v INTEGER);');
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const readThenWrite = (d: Database.Database) => () => {
    d.prepare('SELECT count(*) AS n FROM t').get();
    d.prepare('INSERT INTO q (v) VALUES (1)').run();
  };

  it('commit every time while another connection writes', async () => {
    const take = immediateTransaction(db, readThenWrite(db));
    expect(await underConcurrentWrites(db, file, take)).toEqual([]);
    expect((db.prepare('SELECT count(*) AS n FROM q').get() as { n: number }).n).toBeGreaterThan(0);
  });

  it('where a deferred one is refused at once (what they prevent)', async () => {
    const deferred = db.transaction(readThenWrite(db));
    const errors = await underConcurrentWrites(db, file, () => deferred());
    expect(errors.length).toBeGreaterThan(0);
    expect(new Set(errors)).toEqual(new Set(['database is locked']));
  });
});
