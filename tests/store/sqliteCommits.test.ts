// Group commit on one SQLite database: writes of one turn of the event loop share a transaction,
// each resolves once committed, and a failing write fails alone.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteDatabase } from '../../src/store/openSqliteDatabase';
import { sqliteCommits } from '../../src/store/sqliteCommits';

function database(): Database.Database {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)');
  return db;
}

test('writes that arrive together are committed in one transaction, each with its result', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'baton-commits-'));
  try {
    const db = openSqliteDatabase(join(dir, 'a.db'));
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)');
    const other = openSqliteDatabase(join(dir, 'a.db'));
    const commits = sqliteCommits(db);
    const insert = db.prepare('INSERT INTO t (id, v) VALUES (?, ?)');
    // Another connection sees none of the batch while it runs: no write was committed on its own.
    const seenElsewhere: unknown[] = [];
    const results = await Promise.all([1, 2, 3].map((id) => commits.write(() => {
      insert.run(id, `v${id}`);
      seenElsewhere.push(other.prepare('SELECT COUNT(*) AS n FROM t').get());
      return id * 10;
    })));
    expect(results).toEqual([10, 20, 30]);
    expect(seenElsewhere).toEqual([{ n: 0 }, { n: 0 }, { n: 0 }]);
    expect(other.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 3 });
    other.close();
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('nothing is written before the turn of the event loop ends, and a write resolves only once committed', async () => {
  const db = database();
  const commits = sqliteCommits(db);
  let inTransactionWhenResolved: boolean | undefined;
  const done = commits.write(() => db.prepare("INSERT INTO t (id, v) VALUES (1, 'a')").run()).then(() => {
    inTransactionWhenResolved = db.inTransaction;
  });
  expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 0 });
  await done;
  expect(inTransactionWhenResolved).toBe(false);
  expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 1 });
});

test('a failing write fails alone: the others of its batch are committed', async () => {
  const db = database();
  const commits = sqliteCommits(db);
  const insert = db.prepare('INSERT INTO t (id, v) VALUES (?, ?)');
  const outcomes = await Promise.allSettled([
    commits.write(() => insert.run(1, 'a')),
    commits.write(() => insert.run(1, 'duplicate')),
    commits.write(() => insert.run(2, 'b')),
  ]);
  expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  expect(db.prepare('SELECT id, v FROM t ORDER BY id').all()).toEqual([{ id: 1, v: 'a' }, { id: 2, v: 'b' }]);
});

test('flush commits what is pending at once', async () => {
  const db = database();
  const commits = sqliteCommits(db);
  const written = commits.write(() => db.prepare("INSERT INTO t (id, v) VALUES (1, 'a')").run());
  commits.flush();
  expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 1 });
  await written;
});
