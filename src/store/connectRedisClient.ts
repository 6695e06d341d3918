// A Redis connection for the stores: a command fails fast rather than waiting on a Redis that is
// down or frozen. No command is queued while disconnected, and a connection that receives nothing
// for REDIS_SILENCE_MS (it is pinged every second, so only a server that stopped answering is
// silent) is closed, failing what waits on it, and connected again with backoff, never giving up.
// Every command's answer is bounded too (see boundRedisCalls): a server that accepts commands but
// never answers is not detected by silence while other commands keep the socket busy.
import { createClient, type RedisClientType } from 'redis';
import { redactUrl } from '../privacy/redactUrl';
import { boundRedisCalls } from './boundRedisCalls';

/** How long a Redis connection may stay silent (no answer, no pong) before it is closed. */
const REDIS_SILENCE_MS = 3000;
/** Commands in flight at most; past it a command fails at once instead of queueing. */
const REDIS_QUEUE_LIMIT = 10_000;

/** How long a server starting waits for a Redis that does not answer yet before it gives up, saying so. */
const FIRST_CONNECTION_MS = 10_000;

/**
 * Connected; a first connection that fails is tried again with backoff for FIRST_CONNECTION_MS, then
 * throws. With `oneShot`, for a command that runs once, it is not tried again: an unreachable Redis
 * throws, saying so, within REDIS_SILENCE_MS.
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
  let timer: NodeJS.Timeout | undefined;
  const givingUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`nothing answered within ${FIRST_CONNECTION_MS / 1000} s`)), FIRST_CONNECTION_MS);
  });
  try {
    await Promise.race([client.connect(), givingUp]);
  } catch (err) {
    try { client.destroy(); } catch { /* never opened */ }
    throw new Error(`No Redis answers at ${redactUrl(url)}: ${(err as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
  return boundRedisCalls(client, REDIS_SILENCE_MS);
}
