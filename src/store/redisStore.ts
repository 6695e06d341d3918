// Conversation state in Redis (REDIS_URL), for several Baton processes serving one set of customers.
// A state is one JSON string per conversation, expiring after the idle time.
import type { RedisClientType } from 'redis';
import type { ConversationState } from '../engine/conversationState';
import type { ConversationStore } from './conversationStore';

export interface RedisStoreOptions {
  /** Key prefix, so several bots or environments can share a server. Default `baton`. */
  readonly prefix?: string;
  /** Idle conversations are forgotten after this many seconds. Default 30 days. */
  readonly idleSeconds?: number;
}

export function createRedisStore(client: RedisClientType, options: RedisStoreOptions = {}): ConversationStore {
  const prefix = options.prefix ?? 'baton';
  const ttl = options.idleSeconds ?? 30 * 24 * 3600;
  const key = (botId: string, id: string): string => `${prefix}:state:${botId}:${id}`;
  return {
    loadState: async (botId, id) => {
      const json = await client.get(key(botId, id));
      return json === null ? undefined : JSON.parse(json);
    },
    saveState: async (state: ConversationState) => {
      await client.set(key(state.botId, state.conversationId), JSON.stringify(state), { EX: ttl });
    },
    ping: async () => (await client.ping().catch(() => '')) === 'PONG',
    close: async () => {
      if (client.isOpen) await client.quit();
    },
  };
}
