// Tickets over a real port with the whole app (SQLite, Direct Line, the agent API) on a Sunday, when
// the sample bot's orders team is closed: a customer leaves a message, an agent of the queue lists,
// claims and answers it, the answer reaches a real local SMTP server, and the customer, back in the
// chat as the same signed-in user, is told the answer once. Another queue's agent is refused (403);
// a refused recipient keeps the ticket open with the error, and sending again works.
import { createTicketMailer, type TicketMailer } from '../../src/handoff/ticketMailer';
import { manualClock } from '../../src/runtime/clock';
import { callJson, startAgentConsoleServer, type AgentConsoleServer } from '../support/agentConsoleServer';
import { startSmtpTestServer, type SmtpTestServer } from '../support/smtpTestServer';
import { leaveTicket, startWebCustomer } from '../support/webCustomer';

const SECRET = 'site-backend-secret';
const SUNDAY = '2026-11-29T10:00:00.000Z';
let smtp: SmtpTestServer;
let mailer: TicketMailer;
let server: AgentConsoleServer;
const clock = manualClock(SUNDAY);

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  mailer = createTicketMailer({ url: smtp.url, from: 'Acme Support <support@acme.test>' });
  server = await startAgentConsoleServer({ clock, directLineSecret: SECRET, mailer });
  await server.app.accounts.save({ id: 'cara', name: 'Cara Diaz', queues: ['billing'], capacity: 3 }, 'cara-password');
});
afterAll(async () => {
  mailer.close();
  await server.close();
  await smtp.close();
});

const login = async (agentId: string): Promise<string> => (await callJson(server.url, 'POST', '/api/agent/login', { agentId, password: `${agentId}-password` })).json.token;
const api = (method: string, path: string, token: string, body?: unknown) => callJson(server.url, method, path, body, token);

describe('tickets agents can work', () => {
  it('keeps a closed-hours message as a ticket that an agent answers by email and the customer then sees in the chat', async () => {
    clock.set(SUNDAY);
    const first = await leaveTicket(server.url, SECRET, 'site-user-7', 'kim@example.com', 'My plug is cracked and sparks when I use it');
    let ann = await login('ann');

    const listed = await api('GET', '/api/agent/tickets', ann);
    expect(listed.status).toBe(200);
    expect(listed.json.mail).toBe(true);
    const ticket = listed.json.tickets.find((t: { conversationId: string }) => t.conversationId === first.id);
    expect(ticket).toMatchObject({
      status: 'open', queue: 'orders', createdAt: SUNDAY, message: 'My plug is cracked and sparks when I use it', contact: { email: 'kim@example.com' },
    });
    expect(typeof ticket.summary).toBe('string');
    expect(ticket.summary.length).toBeGreaterThan(0);

    const claimed = await api('POST', `/api/agent/tickets/${ticket.id}/claim`, ann);
    expect(claimed.status).toBe(200);
    expect(claimed.json).toMatchObject({ status: 'open', agentId: 'ann' });
    expect((await api('POST', `/api/agent/tickets/${ticket.id}/claim`, await login('bob'))).status).toBe(409);

    clock.set('2026-11-30T09:00:00.000Z');
    ann = await login('ann');
    const answered = await api('POST', `/api/agent/tickets/${ticket.id}/answer`, ann, { text: 'Sorry about that: a new charger is on its way, please stop using the old one.' });
    expect(answered.status).toBe(200);
    expect(answered.json.answers).toEqual([expect.objectContaining({ agentId: 'ann', text: 'Sorry about that: a new charger is on its way, please stop using the old one.', emailedAt: '2026-11-30T09:00:00.000Z' })]);
    expect(answered.json.mailError).toBeNull();

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toEqual(['kim@example.com']);
    expect(mail.from).toBe('support@acme.test');
    expect(mail.subject).toContain(`ticket ${ticket.reference}`);
    expect(mail.text).toContain('Sorry about that: a new charger is on its way, please stop using the old one.');
    expect(mail.text).toContain('> My plug is cracked and sparks when I use it');
    expect(mail.text).toContain(`ticket ${ticket.reference}`);

    const back = await startWebCustomer(server.url, SECRET, 'site-user-7');
    expect(back.greeting).toContain('You have a reply to your message of 29 Nov 2026: Sorry about that: a new charger is on its way, please stop using the old one.');
    const again = await startWebCustomer(server.url, SECRET, 'site-user-7');
    expect(again.greeting.filter((t) => t.startsWith('You have a reply'))).toEqual([]);

    const closed = await api('POST', `/api/agent/tickets/${ticket.id}/close`, ann);
    expect(closed.status).toBe(200);
    expect(closed.json).toMatchObject({ status: 'closed', agentId: 'ann', closedAt: '2026-11-30T09:00:00.000Z' });
    expect((await api('GET', '/api/agent/tickets', ann)).json.tickets.map((t: { id: string }) => t.id)).not.toContain(ticket.id);
    expect((await api('GET', '/api/agent/tickets?status=closed', ann)).json.tickets.map((t: { id: string }) => t.id)).toContain(ticket.id);
    expect((await api('POST', `/api/agent/tickets/${ticket.id}/answer`, ann, { text: 'one more thing' })).status).toBe(409);
  });

  it('never tells another customer, or one who only typed the same email, about the answer', async () => {
    clock.set(SUNDAY);
    const left = await leaveTicket(server.url, SECRET, 'site-user-8', 'lee@example.com', 'Where is my refund?');
    const bob = await login('bob');
    const ticket = (await api('GET', '/api/agent/tickets', bob)).json.tickets.find((t: { conversationId: string }) => t.conversationId === left.id);
    expect((await api('POST', `/api/agent/tickets/${ticket.id}/answer`, bob, { text: 'Your refund went out today.' })).status).toBe(200);
    const stranger = await startWebCustomer(server.url, SECRET, 'site-user-9');
    const typed = await stranger.say('my email is lee@example.com');
    expect([...stranger.greeting, ...typed].join('\n')).not.toContain('Your refund went out today.');
    const owner = await startWebCustomer(server.url, SECRET, 'site-user-8');
    expect(owner.greeting).toContain('You have a reply to your message of 29 Nov 2026: Your refund went out today.');
  });

  it('lists tickets newest or oldest first, and refuses a bad order or status', async () => {
    const ann = await login('ann');
    clock.set('2026-11-29T11:00:00.000Z');
    const older = await leaveTicket(server.url, SECRET, 'site-user-10', 'ola@example.com', 'first message');
    clock.set('2026-11-29T12:00:00.000Z');
    const newer = await leaveTicket(server.url, SECRET, 'site-user-11', 'nia@example.com', 'second message');
    const ids = (order: string) => api('GET', `/api/agent/tickets?order=${order}`, ann).then((r) => r.json.tickets.map((t: { conversationId: string }) => t.conversationId).filter((id: string) => id === older.id || id === newer.id));
    expect(await ids('newest')).toEqual([newer.id, older.id]);
    expect(await ids('oldest')).toEqual([older.id, newer.id]);
    expect((await api('GET', '/api/agent/tickets?order=random', ann)).status).toBe(400);
    expect((await api('GET', '/api/agent/tickets?status=lost', ann)).status).toBe(400);
    expect((await callJson(server.url, 'GET', '/api/agent/tickets')).status).toBe(401);
  });

  it('refuses with 403 to claim, answer or close a ticket of a queue the agent does not serve, changing nothing', async () => {
    clock.set(SUNDAY);
    const left = await leaveTicket(server.url, SECRET, 'site-user-12', 'max@example.com', 'The box arrived empty');
    const ticket = (await server.app.tickets.store.list({ conversationId: left.id }))[0]!;
    expect(ticket.queue).toBe('orders');
    const cara = await login('cara');
    expect((await api('GET', '/api/agent/tickets', cara)).json.tickets).toEqual([]);
    for (const [path, body] of [['claim', undefined], ['answer', { text: 'hello' }], ['close', undefined]] as const) {
      const refused = await api('POST', `/api/agent/tickets/${ticket.id}/${path}`, cara, body);
      expect(refused.status).toBe(403);
      expect(refused.json.error.code).toBe('other_queue');
    }
    expect((await api('GET', `/api/agent/tickets/${ticket.id}`, cara)).status).toBe(403);
    const after = await server.app.tickets.store.get(ticket.id);
    expect(after).toMatchObject({ status: 'ticket', ticket: { answers: [] } });
    expect(after?.agentId).toBeUndefined();
    expect((await api('POST', '/api/agent/tickets/no-such-ticket/claim', cara)).status).toBe(404);
  });

  it('keeps the ticket open with the error when the SMTP server refuses the recipient, and sends it when tried again', async () => {
    clock.set(SUNDAY);
    smtp.refuse.add('gone@example.com');
    const left = await leaveTicket(server.url, SECRET, 'site-user-13', 'gone@example.com', 'Please call me back');
    const ann = await login('ann');
    const ticket = (await api('GET', '/api/agent/tickets', ann)).json.tickets.find((t: { conversationId: string }) => t.conversationId === left.id);
    const before = smtp.received.length;

    const failed = await api('POST', `/api/agent/tickets/${ticket.id}/answer`, ann, { text: 'We tried to call you.' });
    expect(failed.status).toBe(502);
    expect(failed.json.error.code).toBe('mail_failed');
    expect(failed.json.error.message).toMatch(/No such user/);
    expect(failed.json.ticket).toMatchObject({ status: 'open', mailError: expect.stringMatching(/No such user/) });
    expect(failed.json.ticket.answers).toEqual([expect.objectContaining({ text: 'We tried to call you.', error: expect.stringMatching(/No such user/) })]);
    expect(failed.json.ticket.answers[0].emailedAt).toBeUndefined();
    expect((await api('GET', `/api/agent/tickets/${ticket.id}`, ann)).json).toMatchObject({ status: 'open', mailError: expect.stringMatching(/No such user/) });
    expect(smtp.received).toHaveLength(before);

    smtp.refuse.delete('gone@example.com');
    const retried = await api('POST', `/api/agent/tickets/${ticket.id}/answer`, ann, { text: 'We tried to call you.' });
    expect(retried.status).toBe(200);
    expect(retried.json.mailError).toBeNull();
    expect(retried.json.answers).toEqual([expect.objectContaining({ text: 'We tried to call you.', emailedAt: SUNDAY })]);
    expect(smtp.received).toHaveLength(before + 1);
    expect(smtp.received.at(-1)!.to).toEqual(['gone@example.com']);
  });
});

describe('tickets when mail cannot go out', () => {
  it('keeps the ticket open with the error while the SMTP server is down, and sends it once the server is back', async () => {
    const probe = await startSmtpTestServer();
    const port = probe.port;
    await probe.close();
    const downMailer = createTicketMailer({ url: `smtp://127.0.0.1:${port}`, from: 'support@acme.test' });
    const app = await startAgentConsoleServer({ clock: manualClock(SUNDAY), directLineSecret: SECRET, mailer: downMailer });
    try {
      const left = await leaveTicket(app.url, SECRET, 'site-user-20', 'ivy@example.com', 'Is my order lost?');
      const ann = (await callJson(app.url, 'POST', '/api/agent/login', { agentId: 'ann', password: 'ann-password' })).json.token;
      const ticket = (await callJson(app.url, 'GET', '/api/agent/tickets', undefined, ann)).json.tickets[0];
      expect(ticket.conversationId).toBe(left.id);
      const failed = await callJson(app.url, 'POST', `/api/agent/tickets/${ticket.id}/answer`, { text: 'It is not lost.' }, ann);
      expect(failed.status).toBe(502);
      expect(failed.json.ticket).toMatchObject({ status: 'open', mailError: expect.stringMatching(/ECONNREFUSED/) });
      const stored = await app.app.tickets.store.get(ticket.id);
      expect(stored?.status).toBe('ticket_claimed');
      expect(stored?.ticket?.answers).toEqual([expect.objectContaining({ text: 'It is not lost.', error: expect.stringMatching(/ECONNREFUSED/) })]);

      const back = await startSmtpTestServer(port);
      try {
        const retried = await callJson(app.url, 'POST', `/api/agent/tickets/${ticket.id}/answer`, { text: 'It is not lost.' }, ann);
        expect(retried.status).toBe(200);
        expect(back.received.map((m) => m.to)).toEqual([['ivy@example.com']]);
        expect(back.received[0]!.text).toContain('It is not lost.');
      } finally {
        await back.close();
      }
    } finally {
      downMailer.close();
      await app.close();
    }
  });

  it('refuses answers with 409 no_mail without SMTP settings, and the ticket stays open', async () => {
    const app = await startAgentConsoleServer({ clock: manualClock(SUNDAY), directLineSecret: SECRET });
    try {
      await leaveTicket(app.url, SECRET, 'site-user-21', 'joy@example.com', 'Hello?');
      const ann = (await callJson(app.url, 'POST', '/api/agent/login', { agentId: 'ann', password: 'ann-password' })).json.token;
      const listed = (await callJson(app.url, 'GET', '/api/agent/tickets', undefined, ann)).json;
      expect(listed.mail).toBe(false);
      const refused = await callJson(app.url, 'POST', `/api/agent/tickets/${listed.tickets[0].id}/answer`, { text: 'Hi' }, ann);
      expect(refused.status).toBe(409);
      expect(refused.json.error.code).toBe('no_mail');
      expect((await callJson(app.url, 'GET', `/api/agent/tickets/${listed.tickets[0].id}`, undefined, ann)).json).toMatchObject({ status: 'open', answers: [] });
    } finally {
      await app.close();
    }
  });
});
