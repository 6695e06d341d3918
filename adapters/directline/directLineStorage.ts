// What the Direct Line channel keeps in the store the server runs on: the activity log of its
// conversations and, when DIRECTLINE_SECRET is unset, the key its tokens are signed with. SQLite: a
// log in the store's database (one file to back up, written in the store's group commit) and a key
// file beside it; Redis: both under the prefix, shared by every process; memory: neither survives.
import type Database from 'better-sqlite3';
import type { RedisClientType } from 'redis';
import type { MessageBus } from '../../src/server/messageBus';
import type { SqliteCommits } from '../../src/store/sqliteCommits';
import type { ActivityLog } from './activityLog';
import { fileSigningKey } from './fileSigningKey';
import { createMemoryActivityLog } from './memoryActivityLog';
import { createRedisActivityLog } from './redisActivityLog';
import { redisSigningKey } from './redisSigningKey';
import { createSqliteActivityLog } from './sqliteActivityLog';

export interface DirectLineStorage {
  /** The channel's activity log, made on first call; the channel closes it. */
  activityLog(): ActivityLog;
  /** The stored token signing key; absent when the store keeps none (tokens last as long as the process). */
  readonly signingKey?: () => Promise<Uint8Array>;
}

export function memoryDirectLineStorage(): DirectLineStorage {
  return { activityLog: once(() => createMemoryActivityLog()) };
}

/** `keyFile` undefined (a database in memory): the key is the process's own. */
export function sqliteDirectLineStorage(db: Database.Database, commits: SqliteCommits, keyFile: string | undefined): DirectLineStorage {
  return {
    activityLog: once(() => createSqliteActivityLog(db, { commits })),
    ...(keyFile !== undefined ? { signingKey: () => fileSigningKey(keyFile) } : {}),
  };
}

export function redisDirectLineStorage(client: RedisClientType, prefix: string, bus: MessageBus): DirectLineStorage {
  return {
    activityLog: once(() => createRedisActivityLog(client, { prefix, bus })),
    signingKey: () => redisSigningKey(client, prefix),
  };
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
