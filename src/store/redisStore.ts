// Conversations in Redis (REDIS_URL), for several Baton processes serving one set of customers:
// per conversation a state (JSON), its full transcript (a list) and a count of stored entries, all
// expiring after the idle time; per bot an index of last activity and the customer profiles.
import type { RedisClientType } from 'redis';
import type { TranscriptEntry } from '../engine/conversationState';
import type { ConversationStore } from './conversationStore';
import { exportCustomerFrom } from './exportCustomerFrom';
import { createRedisProfiles } from './redisProfiles';
import { redisPurge } from './redisPurge';
import { redisSaveState } from './redisSaveState';
import { redisStoreKeys } from './redisStoreKeys';
import { redisStoredStates } from './redisStoredStates';

export interface RedisStoreOptions {
  /** Key prefix, so several bots or environments can share a server. Default `baton`. */
  readonly prefix?: string;
  /** Idle conversations are forgotten after this many seconds. Default 30 days. */
  readonly idleSeconds?: number;
}

export function createRedisStore(client: RedisClientType, options: RedisStoreOptions = {}): ConversationStore {
  const keys = redisStoreKeys(options.prefix ?? 'baton');
  const idleSeconds = options.idleSeconds ?? 30 * 24 * 3600;
  const profiles = createRedisProfiles(client, keys);
  const store: ConversationStore = {
    loadState: async (botId, id) => {
      const json = await client.get(keys.state(botId, id));
      return json === null ? undefined : JSON.parse(json);
    },
    saveState: (state, saveOptions) => redisSaveState(client, keys, idleSeconds, state, saveOptions),
    storedStates: (botId, batchSize) => redisStoredStates(client, keys, botId, batchSize),
    transcript: async (botId, id) => (await client.lRange(keys.transcript(botId, id), 0, -1)).map((entry) => JSON.parse(entry) as TranscriptEntry),
    linkCustomer: (botId, key, link) => profiles.link(botId, key, link),
    customer: (botId, key) => profiles.customer(botId, key),
    customerOf: (botId, id) => profiles.customerOf(botId, id),
    exportCustomer: (botId, key) => exportCustomerFrom(store, botId, key),
    eraseCustomer: async (botId, key) => (await profiles.erase(botId, key)).length,
    purge: (botId, before) => redisPurge(client, keys, profiles, botId, before),
    // Ready means a turn could be saved: a short-lived key is written, not merely a PING answered.
    ping: async () => (await client.set(`${options.prefix ?? 'baton'}:ready`, String(Date.now()), { PX: 10_000 }).catch(() => null)) === 'OK',
    close: async () => {
      if (client.isOpen) await client.quit();
    },
  };
  return store;
}
