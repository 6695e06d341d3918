// The write-ahead log of a busy SQLite database is checkpointed by a worker thread, not the writer.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteDatabase } from '../../src/store/openSqliteDatabase';
import { FALLBACK_PAGES, startWalCheckpointer } from '../../src/store/walCheckpointer';

const dir = mkdtempSync(join(tmpdir(), 'baton-wal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const until = async (condition: () => boolean, ms = 5000): Promise<void> => {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

test('the worker copies the log into the database while the writer goes on; the writer checkpoints only far later', async () => {
  const file = join(dir, 'busy.db');
  const db = openSqliteDatabase(file);
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)');
  const checkpointer = startWalCheckpointer(db, { intervalMs: 20 });
  expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(FALLBACK_PAGES);
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  const many = db.transaction((n: number) => { for (let i = 0; i < n; i++) insert.run('x'.repeat(500)); });
  const before = statSync(file).size;
  many(2000);
  // The rows reach the database file itself, with no checkpoint on this connection.
  await until(() => statSync(file).size > before + 500_000);
  many(10);
  await checkpointer.close();
  expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 2010 });
  db.close();
  const reopened = openSqliteDatabase(file);
  expect(reopened.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 2010 });
  reopened.close();
});

test('close is quick when nothing was written, and safe to await twice', async () => {
  const db = openSqliteDatabase(join(dir, 'idle.db'));
  const checkpointer = startWalCheckpointer(db);
  await checkpointer.close();
  await checkpointer.close();
  db.close();
});

test('the -wal file is truncated once its log is checkpointed, after a burst of writes', async () => {
  const file = join(dir, 'burst.db');
  const db = openSqliteDatabase(file);
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)');
  const checkpointer = startWalCheckpointer(db, { intervalMs: 20, walLimitBytes: 1024 * 1024 });
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  const many = db.transaction((n: number) => { for (let i = 0; i < n; i++) insert.run('x'.repeat(500)); });
  let largest = 0;
  for (let i = 0; i < 20; i++) {
    many(2000);
    largest = Math.max(largest, statSync(`${file}-wal`).size);
  }
  expect(largest).toBeGreaterThan(4 * 1024 * 1024);
  // No write after the burst: only the worker's checkpoint can shrink the file.
  await until(() => statSync(`${file}-wal`).size <= 1024 * 1024);
  expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 40_000 });
  await checkpointer.close();
  db.close();
});

test('a -wal file under the limit is left as it is', async () => {
  const file = join(dir, 'small.db');
  const db = openSqliteDatabase(file);
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)');
  const checkpointer = startWalCheckpointer(db, { intervalMs: 20 });
  db.prepare('INSERT INTO t (v) VALUES (?)').run('x');
  const size = statSync(`${file}-wal`).size;
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(statSync(`${file}-wal`).size).toBe(size);
  await checkpointer.close();
  db.close();
});
