// Purging a bot's conversations last active before a time from Redis: the active index gives them in
// batches, a Lua script deletes each one still idle (it may have been saved since), and their links
// are taken out of the customer profiles.
import type { RedisClientType } from 'redis';
import type { RedisProfiles } from './redisProfiles';
import { redisScript } from './redisScript';
import { conversationKeys, type RedisStoreKeys } from './redisStoreKeys';

// KEYS: the active index, then each conversation's keys (three each). ARGV: the cut-off (ms), then
// the conversation ids in the same order. Returns how many still had data, and the ids that went.
const PURGE = redisScript(`
local gone, stored = {}, 0
for i = 2, #ARGV do
  local score = redis.call('ZSCORE', KEYS[1], ARGV[i])
  if score and tonumber(score) < tonumber(ARGV[1]) then
    local at = (i - 2) * 3 + 1
    if redis.call('DEL', KEYS[at + 1], KEYS[at + 2], KEYS[at + 3]) > 0 then stored = stored + 1 end
    redis.call('ZREM', KEYS[1], ARGV[i])
    table.insert(gone, ARGV[i])
  end
end
return { stored, gone }`);

const BATCH = 500;

/** How many conversations went (those whose data had already expired are unlinked but not counted). */
export async function redisPurge(client: RedisClientType, keys: RedisStoreKeys, profiles: RedisProfiles, botId: string, before: Date): Promise<number> {
  let count = 0;
  for (;;) {
    const ids = await client.zRangeByScore(keys.active(botId), '-inf', `(${before.getTime()}`, { LIMIT: { offset: 0, count: BATCH } });
    if (ids.length === 0) return count;
    const [stored, gone] = (await PURGE(client, [keys.active(botId), ...ids.flatMap((id) => conversationKeys(keys, botId, id))], [String(before.getTime()), ...ids])) as [number, string[]];
    count += stored;
    await profiles.unlink(botId, gone);
    if (gone.length === 0) return count;
  }
}
