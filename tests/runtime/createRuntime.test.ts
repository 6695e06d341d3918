// The runtime: turns of one conversation in order, actions that throw or hang, and webhooks that
// fail, all with the real NLU of the sample bot.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { defineAction, defineBotCode } from '../../src/config/botCode';
import type { CompiledBot } from '../../src/config/compiledBot';
import { loadBot } from '../../src/config/loadBot';
import { allSlotValues } from '../../src/engine/conversationState';
import { createBotNlu } from '../../src/nlu/createBotNlu';
import { manualClock } from '../../src/runtime/clock';
import { createRuntime } from '../../src/runtime/createRuntime';
import { createMemoryStore } from '../../src/store/memoryStore';

const MANIFEST = join(__dirname, '..', '..', 'bots', 'acme.yaml');
const acme = loadBot(MANIFEST).bot as CompiledBot;
const nlu = createBotNlu(acme);

function botWith(returnPolicy: Parameters<typeof defineAction>[0]): CompiledBot {
  const base = loadBot(MANIFEST).bot!;
  const code = defineBotCode({ ...base.code, actions: { ...base.code.actions, return_policy: defineAction(returnPolicy as never) } });
  return { ...base, code };
}

const runtimeFor = (bot: CompiledBot, actionTimeoutMs = 1000) =>
  createRuntime({ bot, nlu, store: createMemoryStore(), clock: manualClock('2026-11-24T10:00:00Z'), actionTimeoutMs });

describe('the runtime', () => {
  it('processes turns of one conversation one at a time and in order, even when they arrive together', async () => {
    const runtime = runtimeFor(acme);
    const [a, b, c] = await Promise.all([
      runtime.message('c1', { text: 'I want to return something' }),
      runtime.message('c1', { text: '#12346' }),
      runtime.message('c1', { text: 'it arrived damaged' }),
    ]);
    expect(a.replies.map((r) => r.text)).toEqual(['Which order is it? It looks like #12345.']);
    expect(b.replies.map((r) => r.text)).toEqual(['Why are you sending it back?']);
    expect(allSlotValues(c.state)).toMatchObject({ order_id: '12346', reason: 'damaged' });
    expect(c.state.transcript.filter((t) => t.from === 'customer').map((t) => t.text)).toEqual(['I want to return something', '#12346', 'it arrived damaged']);
  });

  it('keeps different conversations apart', async () => {
    const runtime = runtimeFor(acme);
    await Promise.all([runtime.message('x', { text: 'return order 12346' }), runtime.message('y', { text: 'I forgot my password' })]);
    const x = await runtime.message('x', { text: 'damaged' });
    expect(allSlotValues(x.state)).toMatchObject({ order_id: '12346', reason: 'damaged' });
    expect(allSlotValues(x.state).email).toBeUndefined();
  });

  it('turns an action that throws into the error outcome, recorded for the agent', async () => {
    const runtime = runtimeFor(botWith({ outcomes: ['eligible'], run: () => { throw new Error('database down'); } }));
    const out = await runtime.message('c', { text: 'return order 12346, it arrived broken' });
    expect(out.handoff?.packet.actions).toEqual([expect.objectContaining({ action: 'return_policy', outcome: 'error', error: 'Error: database down' })]);
    expect(out.replies.map((r) => r.text).join(' ')).not.toContain('database');
  });

  it('turns an action that hangs into the error outcome after its time limit', async () => {
    const runtime = runtimeFor(botWith({ outcomes: ['eligible'], run: () => new Promise(() => undefined) }), 100);
    const out = await runtime.message('c', { text: 'return order 12346, it arrived broken' });
    expect(out.handoff?.packet.actions[0]).toMatchObject({ outcome: 'error', error: 'timed out after 100 ms' });
  });

  it('turns a webhook that times out, refuses or answers nonsense into the error outcome', async () => {
    const answers: Array<(res: import('node:http').ServerResponse) => void> = [
      (res) => setTimeout(() => res.end('{"outcome":"changed"}'), 4000),
      (res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end('not json'); },
      (res) => { res.writeHead(200); res.end('{"outcome":"teleported"}'); },
    ];
    let n = 0;
    const server = createServer((req, res) => { req.resume(); answers[Math.min(n++, answers.length - 1)]!(res); });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    try {
      const errors: string[] = [];
      for (const url of [`http://127.0.0.1:${port}/slow`, `http://127.0.0.1:${port}/junk`, `http://127.0.0.1:${port}/odd`, `http://127.0.0.1:${closedPort}/refused`]) {
        // A time limit no local answer comes near, even on a busy machine; the slow answer comes far later.
        const hook = { ...acme.webhooks.address_service!, url, timeoutMs: 1500, retries: 0 };
        const runtime = runtimeFor({ ...acme, webhooks: { address_service: hook } });
        await runtime.message('c', { text: 'change the address of order 23456' });
        const out = await runtime.message('c', { text: '1 High Street, Leeds' });
        errors.push(String(out.handoff?.packet.actions[0]?.error));
      }
      expect(errors).toEqual(['timed out after 1500 ms', 'reply is not JSON', 'unknown outcome "teleported"', 'ECONNREFUSED']);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('tells a webhook the language the conversation is in', async () => {
    const bodies: unknown[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => { body += chunk.toString(); });
      req.on('end', () => {
        bodies.push(JSON.parse(body));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"outcome":"changed"}');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const hook = { ...acme.webhooks.address_service!, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/address`, retries: 0 };
      const runtime = runtimeFor({ ...acme, webhooks: { address_service: hook } });
      await runtime.message('c', { text: 'quiero cambiar la dirección del pedido 23456', language: 'es' });
      await runtime.message('c', { text: 'Calle Mayor 1, Madrid' });
      expect(bodies).toEqual([expect.objectContaining({ action: 'address_service', conversationId: 'c', language: 'es' })]);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('serves a swapped bot from the next turn while the conversation keeps its state', async () => {
    const runtime = runtimeFor(acme);
    await runtime.message('c', { text: 'I want to return something' });
    const next = loadBot(MANIFEST).bot!;
    runtime.swap(next, createBotNlu(next));
    expect(runtime.bot).toBe(next);
    const out = await runtime.message('c', { text: '#12346' });
    expect(out.replies.map((r) => r.text)).toEqual(['Why are you sending it back?']);
  });
});
