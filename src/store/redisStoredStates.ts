// The stored states of a bot in the Redis store: SCAN over the bot's state keys (never KEYS, which
// blocks the server), each batch of keys read with one MGET.
import type { RedisClientType } from 'redis';
import type { StoredState } from './conversationStore';
import { parseStoredState } from './parseStoredState';
import type { RedisStoreKeys } from './redisStoreKeys';

/** A key prefix as a SCAN pattern that matches it literally. */
const literal = (text: string): string => text.replace(/[*?[\]\\]/g, (c) => `\\${c}`);

export async function* redisStoredStates(client: RedisClientType, keys: RedisStoreKeys, botId: string, batchSize = 500): AsyncIterable<readonly StoredState[]> {
  const prefix = keys.state(botId, '');
  for await (const found of client.scanIterator({ MATCH: `${literal(prefix)}*`, COUNT: batchSize })) {
    const list: string[] = Array.isArray(found) ? found : [found];
    if (list.length === 0) continue;
    const values = await client.mGet(list);
    const batch: StoredState[] = [];
    list.forEach((key, i) => {
      const json = values[i];
      if (typeof json === 'string') batch.push({ conversationId: key.slice(prefix.length), state: parseStoredState(json) });
    });
    if (batch.length > 0) yield batch;
  }
}
