// The REST outbox in Redis, so a REST customer whose calls reach any of several processes gets the
// agent's replies from whichever one answers: a list per conversation, a sequence counter, expiry.
import type { RedisClientType } from 'redis';
import type { Reply } from '../../src/runtime/createRuntime';
import { KNOWN_TTL_MS, OUTBOX_LIMIT, OUTBOX_TTL_MS, type OutboxMessage, type RestOutbox } from './restOutbox';

export function redisRestOutbox(client: RedisClientType, options: { readonly prefix?: string } = {}): RestOutbox {
  const prefix = options.prefix ?? 'baton';
  const box = (id: string): string => `${prefix}:rest:box:${id}`;
  const known = (id: string): string => `${prefix}:rest:known:${id}`;
  return {
    know: async (id) => void (await client.set(known(id), '1', { PX: KNOWN_TTL_MS })),
    holds: async (id) => (await client.exists(known(id))) === 1,
    put: async (id, replies: readonly Reply[], at) => {
      if (replies.length === 0) return;
      const last = await client.incrBy(`${prefix}:rest:seq`, replies.length);
      const items = replies.map((reply, i) => JSON.stringify({ ...reply, seq: last - replies.length + 1 + i, at: at.toISOString() }));
      await client.multi().rPush(box(id), items).lTrim(box(id), -OUTBOX_LIMIT, -1).pExpire(box(id), OUTBOX_TTL_MS).exec();
    },
    take: async (id) => {
      const [items] = await client.multi().lRange(box(id), 0, -1).del(box(id)).exec() as unknown as [string[], number];
      return items.map((item) => JSON.parse(item) as OutboxMessage);
    },
    forget: async (ids) => {
      if (ids.length > 0) await client.del(ids.flatMap((id) => [box(id), known(id)]));
    },
  };
}
