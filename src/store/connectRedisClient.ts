// A Redis connection for the stores: a command fails fast rather than waiting on a Redis that is
// down or frozen. No command is queued while disconnected, and a connection that receives nothing
// for REDIS_SILENCE_MS (it is pinged every second, so only a server that stopped answering is
// silent) is closed, failing what waits on it, and connected again with backoff, never giving up.
import { createClient, type RedisClientType } from 'redis';
import { redactUrl } from '../privacy/redactUrl';

/** How long a Redis connection may stay silent (no answer, no pong) before it is closed. */
const REDIS_SILENCE_MS = 3000;
/** Commands in flight at most; past it a command fails at once instead of queueing. */
const REDIS_QUEUE_LIMIT = 10_000;

/**
 * Connected; a first connection that fails is tried again with backoff until Redis answers. With
 * `oneShot`, for a command that runs once, it is not: an unreachable Redis throws, saying so, within
 * REDIS_SILENCE_MS.
 */
export async function connectRedisClient(url: string, options: { readonly oneShot?: boolean } = {}): Promise<RedisClientType> {
  const client = createClient({
    url,
    socket: {
      connectTimeout: REDIS_SILENCE_MS, socketTimeout: REDIS_SILENCE_MS,
      reconnectStrategy: options.oneShot ? false : (retries: number) => Math.min(100 * 2 ** retries, 2000),
    },
    pingInterval: 1000,
    disableOfflineQueue: true,
    commandsQueueMaxLength: REDIS_QUEUE_LIMIT,
  }) as RedisClientType;
  client.on('error', () => undefined); // reconnects on its own; /readyz reports it meanwhile
  try {
    await client.connect();
  } catch (err) {
    throw new Error(`No Redis answers at ${redactUrl(url)}: ${(err as Error).message}`);
  }
  return client;
}
