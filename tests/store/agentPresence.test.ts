// Agent presence, in memory and in Redis: an agent seen in the last two minutes is online and staffs
// the queues they serve; over Redis, an agent seen by one process staffs the queue for every other.
import type { Agent } from '../../src/handoff/agentDirectory';
import { createMemoryPresence, ONLINE_MS, type AgentPresence } from '../../src/handoff/agentPresence';
import { createRedisPresence } from '../../src/store/redisPresence';
import { connectRedis, REDIS_AVAILABLE, REDIS_URL } from '../support/redisForTests';
import { useTestRedis } from '../support/testRedis';

const redis = useTestRedis('presence');

const presences: Array<[string, () => AgentPresence]> = [
  ['memory', () => createMemoryPresence()],
  ...(REDIS_AVAILABLE ? [['Redis', () => createRedisPresence(redis.client(), { prefix: redis.prefix() })] as [string, () => AgentPresence]] : []),
];

if (!REDIS_AVAILABLE) {
  describe.skip(`the Redis presence (skipped: no Redis server at ${REDIS_URL})`, () => {
    it('runs the same contract', () => undefined);
  });
}

const ann: Agent = { id: 'ann', name: 'Ann', queues: ['orders'], capacity: 2 };
const bob: Agent = { id: 'bob', name: 'Bob', queues: ['orders', 'billing'], capacity: 2 };
const t0 = new Date('2026-11-24T10:00:00Z');
const later = (ms: number): Date => new Date(t0.getTime() + ms);
const byId = (agents: Agent[]): Agent[] => [...agents].sort((a, b) => a.id.localeCompare(b.id));

describe.each(presences)('the %s presence', (_name, make) => {
  it(`counts an agent online for ${ONLINE_MS / 60_000} minutes after they were last seen`, async () => {
    const presence = make();
    await presence.seen(ann, t0);
    expect(await presence.online(later(ONLINE_MS - 1))).toEqual([ann]);
    expect(await presence.online(later(ONLINE_MS))).toEqual([]);
    await presence.seen(ann, later(ONLINE_MS));
    expect(await presence.online(later(ONLINE_MS + 1))).toEqual([ann]);
  });

  it('forgets an agent who is gone', async () => {
    const presence = make();
    await presence.seen(ann, t0);
    await presence.seen(bob, t0);
    await presence.gone('ann');
    expect(await presence.online(t0)).toEqual([bob]);
    await presence.gone('nobody');
  });

  it('staffs the queues of agents seen recently, and no others', async () => {
    const presence = make();
    await presence.seen(ann, t0);
    await presence.seen(bob, later(60_000));
    expect(byId(await presence.online(later(60_000)))).toEqual([ann, bob]);
    expect(await presence.staffed(['orders', 'billing', 'accounts'], later(60_000))).toEqual({ orders: true, billing: true, accounts: false });
    await presence.gone('bob');
    expect(await presence.staffed(['orders', 'billing'], later(60_000))).toEqual({ orders: true, billing: false });
    expect(await presence.staffed(['orders'], later(ONLINE_MS))).toEqual({ orders: false });
  });

  it('serves the queues an agent had when last seen', async () => {
    const presence = make();
    await presence.seen(ann, t0);
    await presence.seen({ ...ann, queues: ['billing'] }, t0);
    expect(await presence.staffed(['orders', 'billing'], t0)).toEqual({ orders: false, billing: true });
  });
});

(REDIS_AVAILABLE ? describe : describe.skip)('the Redis presence', () => {
  it('shows an agent seen by one process to another on its own client with the same prefix', async () => {
    const other = (await connectRedis())!;
    const prefix = redis.prefix();
    try {
      const a = createRedisPresence(redis.client(), { prefix });
      const b = createRedisPresence(other, { prefix });
      await a.seen(ann, t0);
      expect(await b.staffed(['orders', 'billing'], t0)).toEqual({ orders: true, billing: false });
      await b.seen(bob, t0);
      expect(byId(await a.online(t0))).toEqual([ann, bob]);
      await b.gone('ann');
      expect(await a.online(t0)).toEqual([bob]);
      expect(await createRedisPresence(other, { prefix: redis.prefix() }).online(t0)).toEqual([]);
    } finally {
      await other.quit();
    }
  });

  it('prunes agents not seen for two minutes when another is seen', async () => {
    const prefix = redis.prefix();
    const presence = createRedisPresence(redis.client(), { prefix });
    await presence.seen(ann, t0);
    await presence.seen(bob, later(ONLINE_MS));
    expect(await redis.client().zRange(`${prefix}:presence:seen`, 0, -1)).toEqual(['bob']);
    expect(await redis.client().hKeys(`${prefix}:presence:agents`)).toEqual(['bob']);
  });
});
