// The handoff queue in Redis. A status change is one Lua script (check the status, write the
// record), so claims are atomic across every process that shares the server. Agents' idempotency
// keys live in a hash beside the handoff that expires a day after its last write.
import type { RedisClientType } from 'redis';
import type { HandoffMessage, HandoffRecord } from '../handoff/handoffRecord';
import { applyChange, closedBefore, IDEMPOTENCY_TTL_MS, matchesFilter, queueOrder, RESERVATION_STALE_MS, type HandoffStore, type KeptAnswer } from './handoffStore';

// KEYS[1] record key; ARGV[1] JSON list of allowed statuses; ARGV[2] the next record (JSON).
const TRANSITION = `
local current = redis.call('GET', KEYS[1])
if not current then return nil end
local status = cjson.decode(current).status
for _, allowed in ipairs(cjson.decode(ARGV[1])) do
  if allowed == status then
    redis.call('SET', KEYS[1], ARGV[2])
    return ARGV[2]
  end
end
return nil`;

// KEYS[1] the handoff's key hash; ARGV[1] key; ARGV[2] a pending entry (JSON); ARGV[3] entries older
// than this (ms) count for nothing unless answered; ARGV[4] how long the hash lives. The entry found, or nil when reserved.
const RESERVE = `
local found = redis.call('HGET', KEYS[1], ARGV[1])
if found then
  local entry = cjson.decode(found)
  if entry.answer ~= nil or tonumber(entry.at) >= tonumber(ARGV[3]) then return found end
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return nil`;

export function createRedisHandoffStore(client: RedisClientType, prefix = 'baton'): HandoffStore {
  const recordKey = (id: string): string => `${prefix}:handoff:${id}`;
  const messagesKey = (id: string): string => `${prefix}:handoff:${id}:messages`;
  const allKey = `${prefix}:handoffs`;
  const keysKey = (id: string): string => `${prefix}:handoff:${id}:keys`;
  const read = async (id: string): Promise<HandoffRecord | undefined> => {
    const [json, messages] = await Promise.all([client.get(recordKey(id)), client.lRange(messagesKey(id), 0, -1)]);
    if (json === null) return undefined;
    return { ...(JSON.parse(json) as HandoffRecord), messages: messages.map((m) => JSON.parse(m) as HandoffMessage) };
  };
  const removeWhere = async (test: (r: HandoffRecord) => boolean): Promise<number> => {
    const ids = await client.zRange(allKey, 0, -1);
    const gone = (await Promise.all(ids.map(read))).filter((r): r is HandoffRecord => r !== undefined && test(r));
    for (const r of gone) await client.multi().del([recordKey(r.id), messagesKey(r.id), keysKey(r.id)]).zRem(allKey, r.id).exec();
    return gone.length;
  };
  return {
    create: async (record) => {
      const { messages, ...stored } = record;
      const created = await client.set(recordKey(record.id), JSON.stringify(stored), { NX: true });
      if (created === null) throw new Error(`handoff ${record.id} exists`);
      await client.zAdd(allKey, { score: Date.parse(record.createdAt), value: record.id });
      if (messages.length > 0) await client.rPush(messagesKey(record.id), messages.map((m) => JSON.stringify(m)));
    },
    get: read,
    list: async (filter) => {
      const ids = await client.zRange(allKey, 0, -1);
      const records = (await Promise.all(ids.map(read))).filter((r): r is HandoffRecord => r !== undefined && matchesFilter(r, filter));
      return records.sort(queueOrder).slice(0, filter.limit ?? 500);
    },
    transition: async (id, from, change) => {
      for (let attempt = 0; attempt < 5; attempt++) {
        const current = await read(id);
        if (!current || !from.includes(current.status)) return undefined;
        const { messages, ...next } = applyChange(current, change);
        const written = await client.eval(TRANSITION, { keys: [recordKey(id)], arguments: [JSON.stringify([current.status]), JSON.stringify(next)] });
        if (written !== null) return { ...next, messages };
      }
      return undefined;
    },
    appendMessage: async (id, message) => {
      await client.rPush(messagesKey(id), JSON.stringify(message));
    },
    reserveKey: async (id, key, at) => {
      const found = await client.eval(RESERVE, {
        keys: [keysKey(id)],
        arguments: [key, JSON.stringify({ at: at.getTime() }), String(at.getTime() - RESERVATION_STALE_MS), String(IDEMPOTENCY_TTL_MS)],
      }) as string | null;
      if (found === null) return { kind: 'reserved' };
      const entry = JSON.parse(found) as { at: number; answer?: KeptAnswer };
      return entry.answer ? { kind: 'answered', answer: entry.answer } : { kind: 'pending' };
    },
    settleKey: async (id, key, answer, at) => {
      if (!answer) return void (await client.hDel(keysKey(id), key));
      await client.multi().hSet(keysKey(id), key, JSON.stringify({ at: at.getTime(), answer })).pExpire(keysKey(id), IDEMPOTENCY_TTL_MS).exec();
    },
    purgeClosed: async (botId, before) => removeWhere((r) => r.botId === botId && closedBefore(r, before)),
    eraseConversations: async (botId, ids) => removeWhere((r) => r.botId === botId && ids.includes(r.conversationId)),
  };
}
