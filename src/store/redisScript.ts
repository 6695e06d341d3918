// A Lua script run by its SHA1 (EVALSHA), sent whole (EVAL) only when the server does not have it
// yet, so a script run on every turn costs no more than its arguments.
import { createHash } from 'node:crypto';
import type { RedisClientType } from 'redis';

export type RedisScript = (client: RedisClientType, keys: readonly string[], args: readonly string[]) => Promise<unknown>;

export function redisScript(source: string): RedisScript {
  const sha = createHash('sha1').update(source).digest('hex');
  return async (client, keys, args) => {
    const options = { keys: [...keys], arguments: [...args] };
    try {
      return await client.evalSha(sha, options);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return client.eval(source, options);
    }
  };
}
