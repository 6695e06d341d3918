// What several processes sharing a Redis coordinate through it, each "process" here being its own
// client connection: turn leases that never let two turns of one conversation overlap, the message
// bus, deliveries relayed to the process whose channel holds the conversation, the shared REST outbox.
import type { RedisClientType } from 'redis';
import { redisRestOutbox } from '../../adapters/rest/redisRestOutbox';
import { deliverToCustomer } from '../../src/server/deliverToCustomer';
import type { ChannelAdapter } from '../../src/server/serverContext';
import { redisMessageBus } from '../../src/store/redisMessageBus';
import { redisTurnLock, TurnBusyError } from '../../src/store/redisTurnLock';
import { connectRedis, dropPrefix, REDIS_AVAILABLE, REDIS_URL } from '../support/redisForTests';

const PREFIX = `baton-test-${process.pid}-coord`;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

if (!REDIS_AVAILABLE) {
  describe.skip(`coordination over Redis (skipped: no Redis server at ${REDIS_URL})`, () => {
    it('runs with a Redis server', () => undefined);
  });
} else {
  describe('coordination over Redis between processes', () => {
    let a: RedisClientType;
    let b: RedisClientType;
    beforeAll(async () => {
      a = (await connectRedis())!;
      b = (await connectRedis())!;
    });
    afterAll(async () => {
      await dropPrefix(a, PREFIX);
      await Promise.all([a.quit(), b.quit()]);
    });

    it('runs turns of one conversation one at a time across two processes, and different conversations side by side', async () => {
      const locks = [redisTurnLock(a, { prefix: PREFIX }), redisTurnLock(b, { prefix: PREFIX })];
      let inside = 0;
      let overlaps = 0;
      const order: number[] = [];
      const turn = (i: number, conversation: string) => locks[i % 2]!.run('acme', conversation, async (lease) => {
        expect(lease?.key).toBe(`${PREFIX}:lock:acme:${conversation}`);
        if (conversation === 'c1') {
          inside += 1;
          if (inside > 1) overlaps += 1;
          // a read-modify-write that loses updates unless turns are serialised
          const seen = Number((await a.get(`${PREFIX}:counter`)) ?? 0);
          await sleep(3);
          await b.set(`${PREFIX}:counter`, String(seen + 1));
          order.push(i);
          inside -= 1;
        }
        return i;
      });
      const results = await Promise.all(Array.from({ length: 30 }, (_, i) => turn(i, i % 3 === 0 ? 'c1' : `other-${i}`)));
      expect(results).toEqual(Array.from({ length: 30 }, (_, i) => i));
      expect(overlaps).toBe(0);
      expect(Number(await a.get(`${PREFIX}:counter`))).toBe(10);
      expect(order).toHaveLength(10);
      expect(await a.exists(`${PREFIX}:lock:acme:c1`)).toBe(0);
    });

    it('gives up with TurnBusyError when another process holds the conversation past the wait', async () => {
      const holder = redisTurnLock(a, { prefix: PREFIX });
      const waiter = redisTurnLock(b, { prefix: PREFIX, waitMs: 150 });
      let release!: () => void;
      const held = holder.run('acme', 'busy', () => new Promise<void>((r) => { release = r; }));
      await sleep(20);
      await expect(waiter.run('acme', 'busy', async () => 'ran')).rejects.toBeInstanceOf(TurnBusyError);
      release();
      await held;
      await expect(waiter.run('acme', 'busy', async () => 'ran')).resolves.toBe('ran');
    });

    it('renews a lease while a long turn runs, so no other process enters', async () => {
      const slow = redisTurnLock(a, { prefix: PREFIX, leaseMs: 90 });
      const other = redisTurnLock(b, { prefix: PREFIX, waitMs: 5000 });
      const events: string[] = [];
      const first = slow.run('acme', 'long', async () => { events.push('first in'); await sleep(300); events.push('first out'); });
      await sleep(20);
      await other.run('acme', 'long', async () => { events.push('second in'); });
      await first;
      expect(events).toEqual(['first in', 'first out', 'second in']);
    });

    it('publishes on the bus to every process', async () => {
      const [busA, busB] = await Promise.all([redisMessageBus(a, { prefix: PREFIX }), redisMessageBus(b, { prefix: PREFIX })]);
      try {
        const got: unknown[] = [];
        busB.subscribe('t', (m) => got.push(m));
        busA.subscribe('t', (m) => got.push({ onA: m }));
        await sleep(50); // subscriptions reach the server
        await busA.publish('t', { n: 1 });
        for (let i = 0; i < 100 && got.length < 2; i++) await sleep(10);
        expect(got).toEqual(expect.arrayContaining([{ n: 1 }, { onA: { n: 1 } }]));
      } finally {
        await Promise.all([busA.close(), busB.close()]);
      }
    });

    it('relays a delivery to the process whose channel holds the conversation, and reports false when none does', async () => {
      const [busA, busB] = await Promise.all([redisMessageBus(a, { prefix: `${PREFIX}-relay` }), redisMessageBus(b, { prefix: `${PREFIX}-relay` })]);
      try {
        const received: Array<{ conversationId: string; texts: string[] }> = [];
        const socketChannel: ChannelAdapter = {
          name: 'socket', register: () => undefined,
          deliver: async (conversationId, replies) => {
            if (conversationId !== 'held-by-b') return false;
            received.push({ conversationId, texts: replies.map((r) => r.text) });
            return true;
          },
        };
        const nothing: ChannelAdapter = { name: 'none', register: () => undefined, deliver: async () => false };
        const deliverA = deliverToCustomer([nothing], { bus: busA, ackMs: 500 });
        deliverToCustomer([socketChannel], { bus: busB });
        await sleep(50);
        await expect(deliverA('held-by-b', [{ text: 'Hello from Ann' }])).resolves.toBe(true);
        expect(received).toEqual([{ conversationId: 'held-by-b', texts: ['Hello from Ann'] }]);
        await expect(deliverA('held-by-nobody', [{ text: 'lost' }])).resolves.toBe(false);
        expect(received).toHaveLength(1);
      } finally {
        await Promise.all([busA.close(), busB.close()]);
      }
    });

    it('keeps REST messages for the customer whichever process they call next, in order, once', async () => {
      const onA = redisRestOutbox(a, { prefix: PREFIX });
      const onB = redisRestOutbox(b, { prefix: PREFIX });
      expect(await onB.holds('rest-1')).toBe(false);
      await onA.know('rest-1');
      expect(await onB.holds('rest-1')).toBe(true);
      await onA.put('rest-1', [{ text: 'one' }, { text: 'two' }], new Date('2026-11-24T10:00:00Z'));
      await onB.put('rest-1', [{ text: 'three' }], new Date('2026-11-24T10:00:01Z'));
      const taken = await onB.take('rest-1');
      expect(taken.map((m) => m.text)).toEqual(['one', 'two', 'three']);
      expect(taken.map((m) => m.seq)).toEqual([...taken.map((m) => m.seq)].sort((x, y) => x - y));
      expect(taken[2]!.at).toBe('2026-11-24T10:00:01.000Z');
      expect(await onA.take('rest-1')).toEqual([]);
    });
  });
}
