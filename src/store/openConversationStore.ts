// The conversation store a command reads from, named as BATON_STORE names stores, without the rest
// of a server's stores: `sqlite` (the bot's file under BATON_DATA_DIR), a SQLite file (`*.db`) or a
// data folder holding `<bot>.db`, or a redis:// address (keys under BATON_REDIS_PREFIX). A SQLite
// file that does not exist is an error, never created empty.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRedisStore } from './redisStore';
import type { ConversationStore } from './conversationStore';
import { connectRedisClient } from './connectRedisClient';
import { openSqliteDatabase } from './openSqliteDatabase';
import { defaultSqliteFile, StoreSettingError } from './openStores';
import { createSqliteStore } from './sqliteStore';
import { redactUrl } from '../privacy/redactUrl';

export interface OpenedConversationStore {
  readonly store: ConversationStore;
  /** The file or the Redis address (credentials hidden), to say what was read. */
  readonly where: string;
}

export async function openConversationStore(setting: string, botId: string, env: NodeJS.ProcessEnv = process.env): Promise<OpenedConversationStore> {
  const named = setting.trim();
  if (/^rediss?:\/\//.test(named)) {
    try {
      return { store: createRedisStore(await connectRedisClient(named, { oneShot: true }), { prefix: env.BATON_REDIS_PREFIX ?? 'baton' }), where: redactUrl(named) };
    } catch (err) {
      throw new StoreSettingError((err as Error).message);
    }
  }
  if (named === 'memory') throw new StoreSettingError('A memory store keeps nothing after its process ends: name a SQLite file or folder, sqlite, or a redis:// address.');
  const file = named === 'sqlite' ? defaultSqliteFile(botId, env) : existsSync(named) && statSync(named).isDirectory() ? join(named, `${botId}.db`) : named;
  if (!existsSync(file)) throw new StoreSettingError(`No SQLite store at ${file}: name a .db file, a data folder holding ${botId}.db, sqlite (BATON_DATA_DIR), or a redis:// address.`);
  return { store: createSqliteStore(openSqliteDatabase(file)), where: file };
}
