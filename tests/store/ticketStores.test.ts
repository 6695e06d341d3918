// Tickets on every handoff store (memory, SQLite file, real Redis) with a real local SMTP server:
// one of two simultaneous claims wins, an answer whose email failed is kept with its error and
// survives reopening the store, answering again sends it, and a closed ticket keeps its answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HandoffRecord } from '../../src/handoff/handoffRecord';
import { createTicketMailer, type TicketMailer } from '../../src/handoff/ticketMailer';
import { TicketService } from '../../src/handoff/ticketService';
import { manualClock } from '../../src/runtime/clock';
import type { HandoffStore } from '../../src/store/handoffStore';
import { createMemoryHandoffStore } from '../../src/store/memoryHandoffStore';
import { openSqliteDatabase } from '../../src/store/openSqliteDatabase';
import { createRedisHandoffStore } from '../../src/store/redisHandoffStore';
import { createSqliteHandoffStore } from '../../src/store/sqliteHandoffStore';
import { REDIS_AVAILABLE, REDIS_URL } from '../support/redisForTests';
import { useTestRedis } from '../support/testRedis';
import { startSmtpTestServer, type SmtpTestServer } from '../support/smtpTestServer';
import { sampleBot } from '../support/startTestServer';

const dir = mkdtempSync(join(tmpdir(), 'baton-tickets-'));
const redis = useTestRedis('tickets-');
let smtp: SmtpTestServer;
let mailer: TicketMailer;
beforeAll(async () => {
  smtp = await startSmtpTestServer();
  mailer = createTicketMailer({ url: smtp.url, from: 'support@acme.test' });
});
afterAll(async () => {
  mailer.close();
  await smtp.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Each entry opens the same store again on every call (a restart), except memory, which is one. */
const stores: Array<[string, () => () => HandoffStore]> = [
  ['memory', () => { const one = createMemoryHandoffStore(); return () => one; }],
  ['SQLite', () => { const file = join(dir, `${Math.random().toString(36).slice(2)}.db`); return () => createSqliteHandoffStore(openSqliteDatabase(file)); }],
  ...(REDIS_AVAILABLE ? [['Redis', () => {
    const prefix = redis.prefix();
    return () => createRedisHandoffStore(redis.client(), prefix);
  }] as [string, () => () => HandoffStore]] : []),
];

if (!REDIS_AVAILABLE) {
  describe.skip(`tickets on the Redis store (skipped: no Redis server at ${REDIS_URL})`, () => {
    it('run the same checks', () => undefined);
  });
}

function ticket(id: string, email: string): HandoffRecord {
  return {
    id, botId: 'acme', conversationId: `conv-${id}`, queue: 'orders', priority: 50, status: 'ticket', createdAt: '2026-11-29T10:00:00.000Z', messages: [],
    ticket: { answers: [] },
    packet: { conversationId: `conv-${id}`, customer: { email }, summary: 'Damaged item', slots: { filled: { email, message: 'The plug is cracked' }, missing: [] } } as unknown as HandoffRecord['packet'],
  };
}

const ann = { id: 'ann', queues: ['orders'] };
const bob = { id: 'bob', queues: ['orders', 'billing'] };

describe.each(stores)('tickets on the %s store', (_name, open) => {
  it('lets exactly one of two simultaneous claims win', async () => {
    const reopen = open();
    const tickets = new TicketService(reopen(), manualClock('2026-11-30T09:00:00Z'), () => sampleBot().bot, mailer);
    await tickets.store.create(ticket('t-claim', 'kim@example.com'));
    const [a, b] = await Promise.all([tickets.claim('t-claim', ann), tickets.claim('t-claim', bob)]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const winner = a.ok ? 'ann' : 'bob';
    expect(await tickets.store.get('t-claim')).toMatchObject({ status: 'ticket_claimed', agentId: winner });
    expect(await tickets.answer('t-claim', winner === 'ann' ? bob : ann, 'me too')).toEqual({ ok: false, reason: 'not_yours' });
  });

  it('keeps an answer whose email was refused, with the error, across a reopening, and sends it when answered again', async () => {
    const reopen = open();
    const clock = manualClock('2026-11-30T09:00:00Z');
    smtp.refuse.add('gone@example.com');
    const first = new TicketService(reopen(), clock, () => sampleBot().bot, mailer);
    await first.store.create(ticket('t-mail', 'gone@example.com'));
    const failed = await first.answer('t-mail', ann, 'We will call you.');
    expect(failed).toMatchObject({ ok: false, reason: 'mail_failed', error: expect.stringMatching(/No such user/) });

    const again = new TicketService(reopen(), clock, () => sampleBot().bot, mailer);
    const kept = await again.store.get('t-mail');
    expect(kept).toMatchObject({ status: 'ticket_claimed', agentId: 'ann' });
    expect(kept?.ticket?.answers).toEqual([expect.objectContaining({ agentId: 'ann', text: 'We will call you.', error: expect.stringMatching(/No such user/) })]);

    smtp.refuse.delete('gone@example.com');
    clock.advance(60_000);
    const sent = await again.answer('t-mail', ann, 'We will call you today.');
    expect(sent.ok).toBe(true);
    const answers = (await again.store.get('t-mail'))?.ticket?.answers ?? [];
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ text: 'We will call you today.', emailedAt: '2026-11-30T09:01:00.000Z' });
    expect(answers[0]?.error).toBeUndefined();
    expect(smtp.received.at(-1)).toMatchObject({ to: ['gone@example.com'] });
    expect(smtp.received.at(-1)?.text).toContain('We will call you today.');

    const closed = await again.close('t-mail', ann);
    expect(closed.ok && closed.ticket.status).toBe('resolved');
    expect((await again.list(ann, { open: false, newestFirst: true })).map((t) => t.id)).toEqual(['t-mail']);
    expect((await again.list(ann, { open: true, newestFirst: true })).map((t) => t.id)).not.toContain('t-mail');
    expect((await reopen().get('t-mail'))?.ticket?.answers).toHaveLength(1);
  });

  it('refuses another queue\'s agent and changes nothing', async () => {
    const tickets = new TicketService(open()(), manualClock('2026-11-30T09:00:00Z'), () => sampleBot().bot, mailer);
    await tickets.store.create(ticket('t-other', 'max@example.com'));
    const cara = { id: 'cara', queues: ['billing'] };
    expect(await tickets.claim('t-other', cara)).toEqual({ ok: false, reason: 'other_queue' });
    expect(await tickets.answer('t-other', cara, 'hi')).toEqual({ ok: false, reason: 'other_queue' });
    expect(await tickets.close('t-other', cara)).toEqual({ ok: false, reason: 'other_queue' });
    expect(await tickets.store.get('t-other')).toMatchObject({ status: 'ticket', ticket: { answers: [] } });
  });
});
