// The Lua scripts of the Redis activity log. Each runs atomically, so numbering, trimming, the
// totals and eviction stay consistent however many processes append, and an append is published
// (on the message bus's channel) in the same step, so every process hears appends in their order.
// Keys: <p>:dl:c:<id> a hash (owner, head, bytes, used), <p>:dl:a:<id> the list of activities'
// JSON (the last `head`), <p>:dl:lru a sorted set of conversations by order of use, <p>:dl:totals a
// hash (bytes, uses). Eviction names other conversations' keys from the prefix: one Redis, no cluster.
import { redisScript } from '../../src/store/redisScript';

/** ARGV[1] prefix, ARGV[2] conversation id, ARGV[3] now (ms), ARGV[4] idle ms, ARGV[5] '1' when a stream here listens, ARGV[6] bus channel. */
const COMMON = `
local p, id, now, idle, listened, channel = ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4]), ARGV[5], ARGV[6]
local lru, totals = p .. ':dl:lru', p .. ':dl:totals'
local function conv(c) return p .. ':dl:c:' .. c end
local function acts(c) return p .. ':dl:a:' .. c end
local function forget(c)
  local bytes = tonumber(redis.call('HGET', conv(c), 'bytes') or '0')
  redis.call('DEL', conv(c), acts(c))
  redis.call('ZREM', lru, c)
  redis.call('HINCRBY', totals, 'bytes', string.format('%d', -bytes))
  redis.call('PUBLISH', channel, cjson.encode({ c = c, ['end'] = true }))
end
local function touch(c)
  redis.call('HSET', conv(c), 'used', now)
  redis.call('ZADD', lru, redis.call('HINCRBY', totals, 'uses', 1), c)
end
local function use()
  local c = redis.call('HMGET', conv(id), 'owner', 'head', 'bytes', 'used')
  if not c[1] then return nil end
  if now - tonumber(c[4]) > idle and listened ~= '1' then
    forget(id)
    return nil
  end
  touch(id)
  return c
end
local function evict(maxConversations, maxBytes)
  while true do
    local n = redis.call('ZCARD', lru)
    local bytes = tonumber(redis.call('HGET', totals, 'bytes') or '0')
    if n <= 1 or (n <= maxConversations and bytes <= maxBytes) then return end
    local oldest = redis.call('ZRANGE', lru, 0, 1)
    local victim = oldest[1] ~= id and oldest[1] or oldest[2]
    if not victim then return end
    forget(victim)
  end
end
`;

/** ARGV[7] owner JSON, ARGV[8] max conversations, ARGV[9] max bytes: 1 when created, 0 when it existed. */
export const createScript = redisScript(`${COMMON}
if use() then return 0 end
redis.call('HSET', conv(id), 'owner', ARGV[7], 'head', 0, 'bytes', 0, 'used', now)
redis.call('ZADD', lru, redis.call('HINCRBY', totals, 'uses', 1), id)
evict(tonumber(ARGV[8]), tonumber(ARGV[9]))
return 1`);

/** The owner's JSON, or nil. */
export const ownerScript = redisScript(`${COMMON}
local c = use()
if not c then return nil end
return c[1]`);

/** ARGV[7] after: { head, activity JSON... } of the activities numbered above `after`, or nil. */
export const readScript = redisScript(`${COMMON}
local c = use()
if not c then return nil end
local head = tonumber(c[2])
local wanted = math.min(head - tonumber(ARGV[7]), redis.call('LLEN', acts(id)))
local out = { head }
if wanted > 0 then
  for _, a in ipairs(redis.call('LRANGE', acts(id), -wanted, -1)) do out[#out + 1] = a end
end
return out`);

/**
 * ARGV[7] max activities, ARGV[8] max conversation bytes, ARGV[9] max conversations, ARGV[10] max
 * bytes, ARGV[11...] the activities' JSON, each ending with "id":""} for the id to fill in:
 * { head, logged JSON... }, or nil when the conversation is unknown.
 */
export const appendScript = redisScript(`${COMMON}
local c = use()
if not c then return nil end
local head, bytes, before = tonumber(c[2]), tonumber(c[3]), tonumber(c[3])
local logged = { }
for i = 11, #ARGV do
  head = head + 1
  local json = string.sub(ARGV[i], 1, -4) .. '"' .. string.format('%s|%07d', id, head) .. '"}'
  redis.call('RPUSH', acts(id), json)
  bytes = bytes + #json
  logged[#logged + 1] = json
end
local count = redis.call('LLEN', acts(id))
while count > 1 and (count > tonumber(ARGV[7]) or bytes > tonumber(ARGV[8])) do
  bytes = bytes - #redis.call('LPOP', acts(id))
  count = count - 1
end
redis.call('HSET', conv(id), 'head', head, 'bytes', bytes)
redis.call('HINCRBY', totals, 'bytes', string.format('%d', bytes - before))
evict(tonumber(ARGV[9]), tonumber(ARGV[10]))
redis.call('PUBLISH', channel, '{"c":' .. cjson.encode(id) .. ',"w":' .. head .. ',"a":[' .. table.concat(logged, ',') .. ']}')
local out = { head }
for _, a in ipairs(logged) do out[#out + 1] = a end
return out`);

/**
 * Forgets conversations idle too long (at most 1000 a run, oldest first) and marks those a stream
 * of this process listens to (ARGV[7...]) as used. ARGV[2] is unused.
 */
export const sweepScript = redisScript(`${COMMON}
local kept = { }
for i = 7, #ARGV do kept[ARGV[i]] = true end
for c in pairs(kept) do
  if redis.call('EXISTS', conv(c)) == 1 then touch(c) end
end
for _, c in ipairs(redis.call('ZRANGE', lru, 0, 999)) do
  local used = tonumber(redis.call('HGET', conv(c), 'used') or '0')
  if now - used <= idle then break end
  if not kept[c] then forget(c) end
end
return 1`);

/** ARGV[7...] conversation ids: forgets those held (their streams end everywhere); how many there were. */
export const eraseScript = redisScript(`${COMMON}
local seen, held = { }, 0
for i = 7, #ARGV do
  local c = ARGV[i]
  if not seen[c] and redis.call('EXISTS', conv(c)) == 1 then
    forget(c)
    held = held + 1
  end
  seen[c] = true
end
return held`);

/**
 * ARGV[7] before (ms), ARGV[8] the same as an ISO 8601 UTC time: forgets the conversations whose last
 * activity's timestamp is before it (with none, last used before it); how many went. ARGV[2] is unused.
 */
export const purgeScript = redisScript(`${COMMON}
local beforeMs, beforeIso, gone = tonumber(ARGV[7]), ARGV[8], 0
for _, c in ipairs(redis.call('ZRANGE', lru, 0, -1)) do
  local last, old = redis.call('LINDEX', acts(c), -1), nil
  if last then
    local ok, activity = pcall(cjson.decode, last)
    if ok and type(activity) == 'table' and type(activity.timestamp) == 'string' then old = activity.timestamp < beforeIso end
  end
  if old == nil then old = tonumber(redis.call('HGET', conv(c), 'used') or '0') < beforeMs end
  if old then
    forget(c)
    gone = gone + 1
  end
end
return gone`);
