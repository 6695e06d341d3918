// Saving a state to Redis in one Lua script: check the turn's lease (fencing), write the state,
// append the transcript entries not stored yet, and record when the conversation was last active.
import type { RedisClientType } from 'redis';
import type { ConversationState } from '../engine/conversationState';
import type { SaveOptions } from './conversationStore';
import { lastActiveAt } from './lastActiveAt';
import { redisScript } from './redisScript';
import { conversationKeys, type RedisStoreKeys } from './redisStoreKeys';
import { LeaseLostError } from './turnLease';
import { unstoredEntries } from './unstoredEntries';

// KEYS: state, transcript, transcript total, active index, then the lease key when there is one.
// ARGV: state JSON, idle seconds, how many transcript entries are accounted for after this save,
// last active (ms), conversation id, the full transcript position of the first entry given, the
// lease token, then the entries (JSON).
// Entries already counted as stored are skipped, so a repeated save appends nothing.
const SAVE = redisScript(`
if KEYS[5] and redis.call('GET', KEYS[5]) ~= ARGV[7] then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
local stored = tonumber(redis.call('GET', KEYS[3]) or '0')
local total = tonumber(ARGV[3])
if total > stored then
  local first = tonumber(ARGV[6])
  for i = 8, #ARGV do
    if first + i - 8 >= stored then redis.call('RPUSH', KEYS[2], ARGV[i]) end
  end
  redis.call('SET', KEYS[3], ARGV[3])
end
redis.call('EXPIRE', KEYS[2], ARGV[2])
redis.call('EXPIRE', KEYS[3], ARGV[2])
redis.call('ZADD', KEYS[4], ARGV[4], ARGV[5])
return 1`);

export async function redisSaveState(client: RedisClientType, keys: RedisStoreKeys, idleSeconds: number, state: ConversationState, options: SaveOptions = {}): Promise<void> {
  const { botId, conversationId } = state;
  const stored = Number(await client.get(keys.transcriptTotal(botId, conversationId))) || 0;
  const { first, entries } = unstoredEntries(state, stored);
  const saved = await SAVE(
    client,
    [...conversationKeys(keys, botId, conversationId), keys.active(botId), ...(options.lease ? [options.lease.key] : [])],
    [JSON.stringify(state), String(idleSeconds), String(first + entries.length), String(lastActiveAt(state)), conversationId, String(first), options.lease?.token ?? '', ...entries.map((e) => JSON.stringify(e))],
  );
  if (saved !== 1) throw new LeaseLostError(conversationId);
}
