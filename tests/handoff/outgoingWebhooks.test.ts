// Outgoing webhooks: signed with the shared secret, retried with backoff when the receiver fails,
// and never in the way of the customer.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HandoffService } from '../../src/handoff/handoffService';
import { sendHandoffWebhooks } from '../../src/handoff/outgoingWebhooks';
import { manualClock } from '../../src/runtime/clock';
import { createMemoryHandoffStore } from '../../src/store/memoryHandoffStore';

const packet = { conversationId: 'c1', queue: 'orders', priority: 50 } as never;

function receiver(statuses: number[]): Promise<{ url: string; seen: Array<{ body: string; headers: IncomingMessage['headers'] }>; close(): void }> {
  const seen: Array<{ body: string; headers: IncomingMessage['headers'] }> = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c.toString(); });
    req.on('end', () => {
      seen.push({ body, headers: req.headers });
      res.writeHead(statuses[seen.length - 1] ?? 200);
      res.end();
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, seen, close: () => { server.closeAllConnections(); server.close(); },
  })));
}

const until = async (check: () => boolean, ms = 5000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('outgoing handoff webhooks', () => {
  it('sends the events asked for, signed, and retries a failing receiver until it answers', async () => {
    const hook = await receiver([503, 500, 200]);
    const service = new HandoffService(createMemoryHandoffStore(), manualClock('2026-11-24T10:00:00Z'));
    sendHandoffWebhooks(service, { receivers: () => [{ url: hook.url, events: ['handoff.created'], secretEnv: 'HOOK_SECRET' }], env: { HOOK_SECRET: 's3cret' }, firstDelayMs: 20 });
    try {
      const record = await service.enqueue('acme', packet, 'queue');
      await service.claim(record.id, 'ann', 3); // not asked for: not sent
      await until(() => hook.seen.length === 3);
      const { body, headers } = hook.seen[2]!;
      expect(JSON.parse(body)).toMatchObject({ event: 'handoff.created', handoff: { id: record.id, conversationId: 'c1', packet: { queue: 'orders' } } });
      expect(headers['x-baton-event']).toBe('handoff.created');
      expect(headers['x-baton-signature']).toBe(`sha256=${createHmac('sha256', 's3cret').update(body).digest('hex')}`);
      await new Promise((r) => setTimeout(r, 100));
      expect(hook.seen).toHaveLength(3);
    } finally {
      hook.close();
    }
  });

  it('masks card numbers, emails and phone numbers in the customer texts it sends, unless BATON_MASK=off', async () => {
    const said = 'I am kim@example.com, card 4111 1111 1111 1111, call 07911 123456 about #12345';
    const masked = 'I am [email], card [card], call [phone] about #12345';
    const talkative = {
      conversationId: 'c2', queue: 'orders', priority: 50, summary: `Refund: ${said}`, slots: { filled: { email: 'kim@example.com', order_id: '#12345', count: 2 }, missing: [] },
      transcript: [{ at: '2026-11-24T10:00:00Z', from: 'customer', text: said }], earlierConversations: [{ conversationId: 'c0', startedAt: '2026-11-01T10:00:00Z', summary: 'asked about kim@example.com' }],
    } as never;
    for (const [env, expected] of [[{ HOOK_SECRET: 's' }, masked], [{ HOOK_SECRET: 's', BATON_MASK: 'off' }, said]] as const) {
      const hook = await receiver([]);
      const service = new HandoffService(createMemoryHandoffStore(), manualClock('2026-11-24T10:00:00Z'));
      sendHandoffWebhooks(service, { receivers: () => [{ url: hook.url, events: ['handoff.created'], secretEnv: 'HOOK_SECRET' }], env });
      try {
        const record = await service.enqueue('acme', talkative, 'queue');
        await until(() => hook.seen.length === 1);
        const { handoff } = JSON.parse(hook.seen[0]!.body);
        expect(handoff.packet.transcript[0].text).toBe(expected);
        expect(handoff.packet.summary).toBe(`Refund: ${expected}`);
        if (expected === masked) {
          expect(handoff.packet.slots.filled).toEqual({ email: '[email]', order_id: '#12345', count: 2 });
          expect(handoff.packet.earlierConversations[0].summary).toBe('asked about [email]');
        }
        expect((await service.store.get(record.id))!.packet.transcript[0]!.text).toBe(said);
      } finally {
        hook.close();
      }
    }
  });

  it('does not hold up the queue when the receiver is down, and reports giving up', async () => {
    const failures: string[] = [];
    const service = new HandoffService(createMemoryHandoffStore(), manualClock('2026-11-24T10:00:00Z'));
    sendHandoffWebhooks(service, {
      receivers: () => [{ url: 'http://127.0.0.1:9/down', events: ['handoff.created'], secretEnv: 'HOOK_SECRET' }],
      env: { HOOK_SECRET: 'x' }, attempts: 3, firstDelayMs: 10, onFailure: (_url, _event, error) => failures.push(error),
    });
    const record = await service.enqueue('acme', packet, 'queue');
    // enqueue resolved while the deliveries are still being retried in the background
    expect(failures).toEqual([]);
    expect((await service.store.get(record.id))!.status).toBe('waiting');
    await until(() => failures.length === 1);
    expect(failures[0]).toMatch(/gave up after 3 attempts/);
  });
});
