// Every store on one Redis server, shared by several processes (BATON_STORE=redis://…): see openStores.
import type { RedisClientType } from 'redis';
import { redisDirectLineStorage } from '../../adapters/directline/directLineStorage';
import { redisRestOutbox } from '../../adapters/rest/redisRestOutbox';
import { redactUrl } from '../privacy/redactUrl';
import { connectRedisClient } from './connectRedisClient';
import type { BatonStores } from './openStores';
import { createRedisAgentDirectory } from './redisAgentDirectory';
import { createRedisAnalyticsStore } from './redisAnalyticsStore';
import { createRedisAttachmentStore } from './redisAttachmentStore';
import { folderBytes } from './fileBytes';
import { createRedisHandoffStore } from './redisHandoffStore';
import { redisMessageBus } from './redisMessageBus';
import { redisRateLimiters } from './redisRateLimiters';
import { createRedisPresence } from './redisPresence';
import { createRedisStore } from './redisStore';
import { redisTurnLock } from './redisTurnLock';
import { StoreSettingError } from './storeSettingError';

/** `filesDir`: a folder every process mounts for attached files' bytes; default Redis itself. */
export async function redisStores(url: string, prefix: string, filesDir?: string): Promise<BatonStores> {
  let client: RedisClientType;
  try {
    client = await connectRedisClient(url);
  } catch (err) {
    throw new StoreSettingError((err as Error).message);
  }
  const bus = await redisMessageBus(client, { prefix });
  const lock = redisTurnLock(client, { prefix });
  return {
    kind: 'redis', where: redactUrl(url),
    conversations: createRedisStore(client, { prefix }),
    handoffs: createRedisHandoffStore(client, prefix),
    agents: createRedisAgentDirectory(client, { prefix }),
    analytics: createRedisAnalyticsStore(client, prefix),
    attachments: createRedisAttachmentStore(client, { prefix, ...(filesDir !== undefined ? { folder: folderBytes(filesDir) } : {}) }),
    presence: createRedisPresence(client, { prefix }),
    restOutbox: redisRestOutbox(client, { prefix }),
    directLine: redisDirectLineStorage(client, prefix, bus),
    lock,
    rateLimiters: redisRateLimiters(client, prefix),
    bus,
    close: async () => {
      await lock.close();
      await bus.close();
      if (client.isOpen) await client.quit();
    },
  };
}
