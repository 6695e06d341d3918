// Customer profiles in Redis, in three hashes per bot (see redisStoreKeys). A change is worked out
// from what was read, then applied by one Lua script that first checks that what was read is
// unchanged; when another process got there first, it is worked out again. So merges are atomic.
import type { RedisClientType } from 'redis';
import type { CustomerProfile } from './conversationStore';
import { linkWrites, unlinkWrites, type CustomerLink, type ProfileWrites } from './profileWrites';
import { redisScript } from './redisScript';
import { conversationKeys, type RedisStoreKeys } from './redisStoreKeys';

/** What a change was worked out from: hash field -> value read ('' when absent). */
interface Expected {
  readonly profiles: Record<string, string>;
  readonly keys: Record<string, string>;
  readonly conversations: Record<string, string>;
}

// KEYS: the customers, customer-keys and customer-conversations hashes, the active index, then the
// keys of each conversation whose data goes. ARGV[1]: the change (JSON, see apply below).
const APPLY = redisScript(`
local change = cjson.decode(ARGV[1])
local function unchanged(hash, expected)
  for field, value in pairs(expected) do
    if (redis.call('HGET', hash, field) or '') ~= value then return false end
  end
  return true
end
if not (unchanged(KEYS[1], change.expect.profiles) and unchanged(KEYS[2], change.expect.keys) and unchanged(KEYS[3], change.expect.conversations)) then return 0 end
for _, id in ipairs(change.drop) do redis.call('HDEL', KEYS[1], id) end
for _, key in ipairs(change.unlinkKeys) do redis.call('HDEL', KEYS[2], key) end
for _, id in ipairs(change.unlinkConversations) do redis.call('HDEL', KEYS[3], id) end
for _, p in ipairs(change.put) do
  redis.call('HSET', KEYS[1], p.id, p.json)
  for _, key in ipairs(p.keys) do redis.call('HSET', KEYS[2], key, p.id) end
  for _, id in ipairs(p.conversations) do redis.call('HSET', KEYS[3], id, p.id) end
end
for _, id in ipairs(change.forget) do redis.call('ZREM', KEYS[4], id) end
for i = 5, #KEYS do redis.call('DEL', KEYS[i]) end
return 1`);

const ATTEMPTS = 60;
/** Between attempts: a random pause growing to 25 ms, so contenders for one profile spread out. */
const pause = (attempt: number): Promise<void> => new Promise((r) => setTimeout(r, Math.random() * Math.min(25, 1 + attempt * 2)));

export interface RedisProfiles {
  customer(botId: string, key: string): Promise<CustomerProfile | undefined>;
  customerOf(botId: string, conversationId: string): Promise<CustomerProfile | undefined>;
  link(botId: string, key: string, link: CustomerLink): Promise<CustomerProfile>;
  /** Takes conversations out of their profiles (their data is already gone). */
  unlink(botId: string, conversationIds: readonly string[]): Promise<void>;
  /** Deletes the customer's profile, keys and conversations; the conversations that went. */
  erase(botId: string, key: string): Promise<string[]>;
}

export function createRedisProfiles(client: RedisClientType, keys: RedisStoreKeys): RedisProfiles {
  const profiles = async (botId: string, ids: ReadonlyArray<string | null>): Promise<Map<string, string>> => {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    const jsons = wanted.length === 0 ? [] : await client.hmGet(keys.customers(botId), wanted);
    return new Map(wanted.map((id, i) => [id, jsons[i] ?? '']));
  };
  const parsed = (jsons: Map<string, string>): CustomerProfile[] => [...jsons.values()].filter((json) => json !== '').map((json) => JSON.parse(json) as CustomerProfile);
  const profileOf = async (botId: string, hash: string, field: string): Promise<CustomerProfile | undefined> => {
    const id = await client.hGet(hash, field);
    const json = id === null || id === undefined ? null : await client.hGet(keys.customers(botId), id);
    return json === null || json === undefined ? undefined : (JSON.parse(json) as CustomerProfile);
  };

  /** Applies a change worked out by `plan`, working it out again until what it read held still. */
  const apply = async <T>(botId: string, plan: () => Promise<{ result: T; expect: Expected; writes?: ProfileWrites; forget?: readonly string[] }>): Promise<T> => {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (attempt > 0) await pause(attempt);
      const { result, expect, writes, forget = [] } = await plan();
      if (!writes) return result;
      const change = {
        expect,
        drop: writes.drop,
        unlinkKeys: writes.unlinkKeys,
        unlinkConversations: writes.unlinkConversations,
        put: writes.put.map((p) => ({ id: p.id, json: JSON.stringify(p), keys: p.keys, conversations: p.conversations.map((c) => c.conversationId) })),
        forget,
      };
      const dataKeys = forget.flatMap((id) => conversationKeys(keys, botId, id));
      const hashes = [keys.customers(botId), keys.customerKeys(botId), keys.customerConversations(botId), keys.active(botId)];
      if ((await APPLY(client, [...hashes, ...dataKeys], [JSON.stringify(change)])) === 1) return result;
    }
    throw new Error(`The customer profiles of bot ${botId} kept changing while being updated; gave up after ${ATTEMPTS} attempts.`);
  };

  return {
    customer: (botId, key) => profileOf(botId, keys.customerKeys(botId), key),
    customerOf: (botId, id) => profileOf(botId, keys.customerConversations(botId), id),
    link: (botId, key, link) => apply(botId, async () => {
      const [byKey, byConversation] = await Promise.all([client.hGet(keys.customerKeys(botId), key), client.hGet(keys.customerConversations(botId), link.conversationId)]);
      const found = await profiles(botId, [byKey ?? null, byConversation ?? null]);
      const { profile, writes } = linkWrites(parsed(found), key, link);
      const expect = { profiles: Object.fromEntries(found), keys: { [key]: byKey ?? '' }, conversations: { [link.conversationId]: byConversation ?? '' } };
      return { result: profile, expect, writes };
    }),
    unlink: async (botId, conversationIds) => {
      if (conversationIds.length === 0) return;
      await apply(botId, async () => {
        const owners = await client.hmGet(keys.customerConversations(botId), [...conversationIds]);
        const found = await profiles(botId, owners);
        const expect = { profiles: Object.fromEntries(found), keys: {}, conversations: Object.fromEntries(conversationIds.map((id, i) => [id, owners[i] ?? ''])) };
        return { result: undefined, expect, ...(found.size > 0 ? { writes: unlinkWrites(parsed(found), conversationIds) } : {}) };
      });
    },
    erase: (botId, key) => apply(botId, async () => {
      const owner = await client.hGet(keys.customerKeys(botId), key);
      const found = await profiles(botId, [owner ?? null]);
      const profile = parsed(found)[0];
      const ids = profile?.conversations.map((c) => c.conversationId) ?? [];
      const expect = { profiles: Object.fromEntries(found), keys: { [key]: owner ?? '' }, conversations: {} };
      return profile ? { result: ids, expect, writes: unlinkWrites([profile], ids), forget: ids } : { result: [], expect };
    }),
  };
}
