// Two real `baton start` processes on two ports sharing one Redis (BATON_STORE=redis://…): one
// conversation's messages alternate between them while 100 others run, and every transcript comes
// out complete and in order; an agent signed in on one process answers a customer whose web chat
// talks to the other.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RedisClientType } from 'redis';
import { createRedisStore } from '../../src/store/redisStore';
import { writeAlwaysOpenSampleBot } from '../support/alwaysOpenSampleBot';
import { addAgent, postJson, startBaton, type BatonProcess } from '../support/batonProcess';
import { allSlotValues, type ConversationState } from '../../src/engine/conversationState';
import { startDirectLineCustomer } from '../support/directLineCustomer';
import { connectRedis, dropPrefix, REDIS_AVAILABLE, REDIS_URL } from '../support/redisForTests';

const LINES = ['where is my order', 'it is order 12345', 'thanks', 'what is your returns policy', 'ok'];

if (!REDIS_AVAILABLE) {
  describe.skip(`two processes on one Redis (skipped: no Redis server at ${REDIS_URL})`, () => {
    it('shares conversations and the queue', () => undefined);
  });
} else {
  describe('two processes on one Redis', () => {
    const prefix = `baton-test-${process.pid}-two`;
    // Every customer here writes from 127.0.0.1: the per-address limits on turns and connections are raised.
    const env = { BATON_STORE: REDIS_URL, BATON_REDIS_PREFIX: prefix, BATON_TURNS_PER_MINUTE_PER_ADDRESS: '100000', BATON_MAX_CONNECTIONS_PER_ADDRESS: '1000' };
    let dir: string;
    let redis: RedisClientType;
    let slowHook: Server;
    /** The address service answers after 400 ms: a long turn on one process. */
    const HOOK_DELAY_MS = 400;
    let a: BatonProcess;
    let b: BatonProcess;
    const servers = (): BatonProcess[] => [a, b];

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'baton-two-'));
      redis = (await connectRedis())!;
      slowHook = createServer((req, res) => {
        req.resume();
        req.on('end', () => setTimeout(() => {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ outcome: 'changed' }));
        }, HOOK_DELAY_MS));
      });
      await new Promise<void>((r) => slowHook.listen(0, '127.0.0.1', r));
      const manifest = writeAlwaysOpenSampleBot(dir, { webhookUrl: `http://127.0.0.1:${(slowHook.address() as AddressInfo).port}/hooks/address` });
      addAgent(manifest, env, 'ann', 'ann-password', 'orders,billing,accounts');
      addAgent(manifest, env, 'bob', 'bob-password', 'orders');
      [a, b] = await Promise.all([startBaton(manifest, env), startBaton(manifest, env)]);
    }, 120_000);

    afterAll(async () => {
      await Promise.all([a?.stop(), b?.stop()]);
      slowHook?.close();
      await dropPrefix(redis, prefix);
      await redis.quit();
      rmSync(dir, { recursive: true, force: true });
    });

    it('keeps every transcript complete and in order while one conversation alternates between the processes', async () => {
      const servers = [a, b];
      const converse = async (user: string, pick: (turn: number) => BatonProcess): Promise<string> => {
        let conversationId: string | undefined;
        for (const [turn, text] of LINES.entries()) {
          const res = await postJson(pick(turn).url, '/api/chat', { userId: user, text, ...(conversationId ? { conversationId } : {}) });
          expect(res.status).toBe(200);
          conversationId = res.json.conversationId as string;
        }
        return conversationId!;
      };
      const [alternating, ...others] = await Promise.all([
        converse('alternating', (turn) => servers[turn % 2]!),
        ...Array.from({ length: 100 }, (_, i) => converse(`user-${i}`, (turn) => servers[(i + turn) % 2]!)),
      ]);
      const store = createRedisStore(redis, { prefix });
      for (const id of [alternating!, ...others]) {
        const transcript = await store.transcript('acme', id);
        expect(transcript.filter((e) => e.from === 'customer').map((e) => e.text)).toEqual(LINES);
        expect(transcript.map((e) => e.at)).toEqual([...transcript.map((e) => e.at)].sort());
      }
    }, 120_000);

    it('never loses a slot when two messages of one conversation reach both processes at once', async () => {
      const store = createRedisStore(redis, { prefix });
      const started = await Promise.all(Array.from({ length: 30 }, async (_, i) => {
        const first = await postJson(servers()[i % 2]!.url, '/api/chat', { userId: `both-${i}`, text: 'I want to return an item' });
        return first.json.conversationId as string;
      }));
      await Promise.all(started.map(async (conversationId, i) => {
        const [one, two] = await Promise.all([
          postJson(a.url, '/api/chat', { userId: `both-${i}`, conversationId, text: 'order 12346' }),
          postJson(b.url, '/api/chat', { userId: `both-${i}`, conversationId, text: 'it arrived broken' }),
        ]);
        expect([one.status, two.status]).toEqual([200, 200]);
      }));
      for (const conversationId of started) {
        const state = await store.loadState('acme', conversationId) as ConversationState;
        expect(allSlotValues(state)).toMatchObject({ order_id: '12346', reason: 'damaged' });
        const texts = (await store.transcript('acme', conversationId)).filter((e) => e.from === 'customer').map((e) => e.text);
        expect(texts[0]).toBe('I want to return an item');
        expect(texts.slice(1).sort()).toEqual(['it arrived broken', 'order 12346']);
      }
    }, 60_000);

    it('holds a message that reaches the other process while a long turn runs, then runs it on the saved state', async () => {
      const store = createRedisStore(redis, { prefix });
      const started = await postJson(a.url, '/api/chat', { userId: 'slow', text: 'I need to change the delivery address of order 12345' });
      const conversationId = started.json.conversationId as string;
      expect(started.json.replies.map((r: { text: string }) => r.text)).toContain('What is the new delivery address, with the postcode?');
      // The address turn waits 400 ms for the webhook on A; "thanks" reaches B 100 ms into it.
      const long = postJson(a.url, '/api/chat', { userId: 'slow', conversationId, text: '12 High Street, London SW1A 1AA' });
      await new Promise((r) => setTimeout(r, 100));
      const during = await postJson(b.url, '/api/chat', { userId: 'slow', conversationId, text: 'thanks' });
      const first = await long;
      expect([first.status, during.status]).toEqual([200, 200]);
      expect(first.json.replies.map((r: { text: string }) => r.text)).toContain('Order 12345 will now go to: 12 High Street, London SW1A 1AA.');
      const texts = (await store.transcript('acme', conversationId)).filter((e) => e.from === 'customer').map((e) => e.text);
      expect(texts).toEqual(['I need to change the delivery address of order 12345', '12 High Street, London SW1A 1AA', 'thanks']);
      const state = await store.loadState('acme', conversationId) as ConversationState;
      expect(allSlotValues(state)).toMatchObject({ order_id: '12345', new_address: '12 High Street, London SW1A 1AA' });
      expect(state.transcriptTotal).toBe((await store.transcript('acme', conversationId)).length);
    }, 60_000);

    it('lets an agent on one process answer a web chat customer whose connection is held by the other', async () => {
      const login = await postJson(a.url, '/api/agent/login', { agentId: 'ann', password: 'ann-password' });
      expect(login.status).toBe(200);
      const token = login.json.token as string;
      const events = await fetch(`${a.url}/api/agent/events?token=${encodeURIComponent(token)}`);
      const reader = events.body!.getReader();
      let streamed = '';
      const sawCreated = (async () => {
        const decoder = new TextDecoder();
        while (!/handoff\.created/.test(streamed)) {
          const { value, done } = await reader.read();
          if (done) break;
          streamed += decoder.decode(value);
        }
      })();

      const customer = await startDirectLineCustomer(b.url);
      await customer.say('I want to return order #12346, it arrived broken');
      await customer.waitFor('Shall I email you a free return label');
      await customer.say('I want to talk to a human');
      await customer.waitFor("you won't have to repeat yourself");
      await sawCreated; // the console on A hears of the handoff made on B
      expect(streamed).toContain(customer.conversationId);

      const queue = await (await fetch(`${a.url}/api/agent/queue`, { headers: { authorization: `Bearer ${token}` } })).json() as { handoffs: Array<{ id: string; conversationId: string }> };
      const handoff = queue.handoffs.find((h) => h.conversationId === customer.conversationId)!;
      expect((await postJson(a.url, `/api/agent/handoffs/${handoff.id}/claim`, {}, token)).status).toBe(200);
      const reply = await postJson(a.url, `/api/agent/handoffs/${handoff.id}/reply`, { text: 'Hi, this is Ann from process A.' }, token);
      expect(reply.status).toBe(200);
      expect(reply.json.delivered).toBe(true);
      await expect(customer.waitFor('Hi, this is Ann from process A.')).resolves.toBe('Hi, this is Ann from process A.');
      await reader.cancel();
    }, 60_000);

    it('lets exactly one of two agents on two processes claim a conversation they both reach for', async () => {
      const [annLogin, bobLogin] = await Promise.all([
        postJson(a.url, '/api/agent/login', { agentId: 'ann', password: 'ann-password' }),
        postJson(b.url, '/api/agent/login', { agentId: 'bob', password: 'bob-password' }),
      ]);
      const tokens = [annLogin.json.token as string, bobLogin.json.token as string];
      for (let i = 0; i < 10; i++) {
        const asked = await postJson(servers()[i % 2]!.url, '/api/chat', { userId: `race-${i}`, text: 'I want to talk to a human' });
        expect(asked.json.handoff).toMatchObject({ mode: 'queue' });
        const queue = await (await fetch(`${a.url}/api/agent/queue`, { headers: { authorization: `Bearer ${tokens[0]}` } })).json() as { handoffs: Array<{ id: string; conversationId: string }> };
        const handoff = queue.handoffs.find((h) => h.conversationId === asked.json.conversationId)!;
        const claims = await Promise.all([
          postJson(a.url, `/api/agent/handoffs/${handoff.id}/claim`, {}, tokens[0]),
          postJson(b.url, `/api/agent/handoffs/${handoff.id}/claim`, {}, tokens[1]),
        ]);
        expect(claims.map((c) => c.status).sort()).toEqual([200, 409]);
        const winner = claims.find((c) => c.status === 200)!;
        const token = tokens[claims.indexOf(winner)]!;
        expect((await postJson(servers()[claims.indexOf(winner)]!.url, `/api/agent/handoffs/${handoff.id}/resolve`, {}, token)).status).toBe(200);
      }
    }, 60_000);
  });
}
