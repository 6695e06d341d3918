// The key that signs Direct Line tokens when DIRECTLINE_SECRET is unset, kept in Redis under the
// prefix (<prefix>:dl:signing-key, no expiry), so every process sharing the Redis accepts the tokens
// of the others, and tokens stay valid after restarts. The first process to ask sets it (SET NX).
import { randomBytes } from 'node:crypto';
import type { RedisClientType } from 'redis';
import { readKey } from './fileSigningKey';

export async function redisSigningKey(client: RedisClientType, prefix: string): Promise<Uint8Array> {
  const name = `${prefix}:dl:signing-key`;
  await client.set(name, randomBytes(32).toString('base64url'), { NX: true });
  const stored = await client.get(name);
  if (stored === null) throw new Error(`Redis lost ${name} as soon as it was set`);
  return readKey(`Redis key ${name}`, stored);
}
