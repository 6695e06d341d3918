// Agent presence in Redis, shared by every Baton process on the server: a sorted set of agent ids by
// when they were last seen, beside a hash of their accounts. Entries older than ONLINE_MS are pruned.
import type { RedisClientType } from 'redis';
import type { Agent } from '../handoff/agentDirectory';
import { ONLINE_MS, staffedQueues, type AgentPresence } from '../handoff/agentPresence';

export interface RedisPresenceOptions {
  /** Key prefix, so several bots or environments can share a server. Default `baton`. */
  readonly prefix?: string;
}

// KEYS[1] last-seen set, KEYS[2] agents hash; ARGV[1] agent id, ARGV[2] seen at (ms), ARGV[3] agent
// JSON, ARGV[4] entries seen at or before this are pruned.
const SEEN = `
for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[4])) do
  redis.call('ZREM', KEYS[1], id)
  redis.call('HDEL', KEYS[2], id)
end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
return 1`;

export function createRedisPresence(client: RedisClientType, options: RedisPresenceOptions = {}): AgentPresence {
  const prefix = options.prefix ?? 'baton';
  const seenKey = `${prefix}:presence:seen`;
  const agentsKey = `${prefix}:presence:agents`;
  const online = async (now: Date): Promise<Agent[]> => {
    const ids = await client.zRangeByScore(seenKey, `(${now.getTime() - ONLINE_MS}`, '+inf');
    if (ids.length === 0) return [];
    const found = await client.hmGet(agentsKey, ids);
    return found.flatMap((json) => (json ? [JSON.parse(json) as Agent] : []));
  };
  return {
    seen: async (agent, at) => {
      const arguments_ = [agent.id, String(at.getTime()), JSON.stringify(agent), String(at.getTime() - ONLINE_MS)];
      await client.eval(SEEN, { keys: [seenKey, agentsKey], arguments: arguments_ });
    },
    gone: async (agentId) => {
      await client.multi().zRem(seenKey, agentId).hDel(agentsKey, agentId).exec();
    },
    online,
    staffed: async (queues, now) => staffedQueues(queues, await online(now)),
  };
}
