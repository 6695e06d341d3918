// Opens every store a Baton server needs, chosen by one setting, BATON_STORE:
//   sqlite (default)  one process; a file <bot>.db under BATON_DATA_DIR (default ./data), REST
//                     customers' waiting messages and web chat activities included, and beside it
//                     <bot>.directline-key, the key of web chat tokens, and <bot>.files/, attached files
//   memory            one process, nothing kept after exit (tests and demos)
//   redis://host:port several processes sharing conversations, transcripts, the handoff queue,
//                     agents and their presence; turns locked across processes, deliveries and
//                     console updates relayed by pub/sub, rate limits counted for all processes.
//                     BATON_REDIS_PREFIX (default baton) names keys. Attached files' bytes are kept
//                     in Redis, or in BATON_FILES_DIR, a folder every process mounts.
// BATON_FILES_DIR, when set, is where attached files' bytes go on any store but memory.
import { basename, dirname, join, resolve } from 'node:path';
import { memoryDirectLineStorage, sqliteDirectLineStorage, type DirectLineStorage } from '../../adapters/directline/directLineStorage';
import { memoryRestOutbox, type RestOutbox } from '../../adapters/rest/restOutbox';
import { sqliteRestOutbox } from '../../adapters/rest/sqliteRestOutbox';
import type { AnalyticsStore } from '../analytics/analyticsStore';
import type { AttachmentStore } from './attachmentStore';
import { folderBytes } from './fileBytes';
import { createMemoryAttachmentStore } from './memoryAttachmentStore';
import { createSqliteAttachmentStore } from './sqliteAttachmentStore';
import type { AgentDirectory } from '../handoff/agentDirectory';
import { createMemoryPresence, type AgentPresence } from '../handoff/agentPresence';
import { localTurnLock, type TurnLock } from '../runtime/turnLock';
import type { MessageBus } from '../server/messageBus';
import { memoryRateLimiters, type RateLimiters } from '../server/rateLimiters';
import type { ConversationStore } from './conversationStore';
import type { HandoffStore } from './handoffStore';
import { createMemoryAgentDirectory } from './memoryAgentDirectory';
import { createMemoryAnalyticsStore } from './memoryAnalyticsStore';
import { createMemoryHandoffStore } from './memoryHandoffStore';
import { createMemoryStore } from './memoryStore';
import { openSqliteDatabase } from './openSqliteDatabase';
import { createSqliteAgentDirectory } from './sqliteAgentDirectory';
import { createSqliteAnalyticsStore } from './sqliteAnalyticsStore';
import { sqliteCommits } from './sqliteCommits';
import { createSqliteHandoffStore } from './sqliteHandoffStore';
import { createSqliteStore } from './sqliteStore';
import { StoreSettingError } from './storeSettingError';
import { startWalCheckpointer } from './walCheckpointer';

export interface BatonStores {
  readonly kind: 'sqlite' | 'memory' | 'redis';
  /** Where the data is, for the start banner: a file or a Redis address. */
  readonly where: string;
  readonly conversations: ConversationStore;
  readonly handoffs: HandoffStore;
  readonly agents: AgentDirectory;
  readonly presence: AgentPresence;
  readonly restOutbox: RestOutbox;
  /** Web chat (Direct Line) conversations' activities and the key of their tokens. */
  readonly directLine: DirectLineStorage;
  /** Files attached to conversations by customers and agents. */
  readonly attachments: AttachmentStore;
  /** Support analytics events (turns, handoffs, ratings). */
  readonly analytics: AnalyticsStore;
  readonly lock: TurnLock;
  /** Where rate limits and the sign-in throttle count: this process's memory, or Redis for all processes. */
  readonly rateLimiters: RateLimiters;
  /** Only when several processes share the stores. */
  readonly bus?: MessageBus;
  close(): Promise<void>;
}

export { StoreSettingError } from './storeSettingError';

export async function openStores(botId: string, env: NodeJS.ProcessEnv = process.env): Promise<BatonStores> {
  const setting = (env.BATON_STORE ?? 'sqlite').trim();
  const filesDir = env.BATON_FILES_DIR?.trim() || undefined;
  if (setting === 'sqlite') return sqliteStores(defaultSqliteFile(botId, env), filesDir);
  if (setting === 'memory') return memoryStores();
  // The Redis client and stores load only for a Redis setting.
  if (/^rediss?:\/\//.test(setting)) return (require('./redisStores') as typeof import('./redisStores')).redisStores(setting, env.BATON_REDIS_PREFIX ?? 'baton', filesDir);
  throw new StoreSettingError(`BATON_STORE="${setting}" is not a store: use sqlite (the default), memory, or a redis:// address.`);
}

/** The bot's SQLite file under BATON_DATA_DIR (default ./data). */
export function defaultSqliteFile(botId: string, env: NodeJS.ProcessEnv = process.env): string {
  return join(resolve(env.BATON_DATA_DIR ?? 'data'), `${botId}.db`);
}

/** SQLite stores on one database file (or ':memory:'); attached files in `filesDir`, default <bot>.files/ beside the file. */
export function sqliteStores(file: string, filesDir?: string): BatonStores {
  const db = openSqliteDatabase(file);
  // Turns' saves and their analytics events share one commit per turn of the event loop.
  const commits = sqliteCommits(db);
  const conversations = createSqliteStore(db, commits);
  const checkpointer = file === ':memory:' ? undefined : startWalCheckpointer(db);
  return {
    kind: 'sqlite', where: file, conversations,
    handoffs: createSqliteHandoffStore(db),
    agents: createSqliteAgentDirectory(db),
    analytics: createSqliteAnalyticsStore(db, commits),
    attachments: file === ':memory:' && filesDir === undefined
      ? createMemoryAttachmentStore()
      : createSqliteAttachmentStore(db, folderBytes(resolve(filesDir ?? join(dirname(file), `${basename(file, '.db')}.files`)))),
    presence: createMemoryPresence(),
    restOutbox: sqliteRestOutbox(db),
    directLine: sqliteDirectLineStorage(db, commits, file === ':memory:' ? undefined : join(dirname(file), `${basename(file, '.db')}.directline-key`)),
    lock: localTurnLock(),
    rateLimiters: memoryRateLimiters(),
    close: async () => {
      await checkpointer?.close();
      await conversations.close();
    },
  };
}

export function memoryStores(): BatonStores {
  const conversations = createMemoryStore();
  return {
    kind: 'memory', where: 'memory', conversations,
    handoffs: createMemoryHandoffStore(),
    agents: createMemoryAgentDirectory(),
    analytics: createMemoryAnalyticsStore(),
    attachments: createMemoryAttachmentStore(),
    presence: createMemoryPresence(),
    restOutbox: memoryRestOutbox(),
    directLine: memoryDirectLineStorage(),
    lock: localTurnLock(),
    rateLimiters: memoryRateLimiters(),
    close: () => conversations.close(),
  };
}
