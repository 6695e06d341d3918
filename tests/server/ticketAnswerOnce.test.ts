// A ticket's answer retried with the same Idempotency-Key, over a real port with a real local SMTP
// server: the customer gets one email and the ticket keeps one answer; the retry answers what the
// first answered. A new key is a new answer.
import { createTicketMailer, type TicketMailer } from '../../src/handoff/ticketMailer';
import { manualClock } from '../../src/runtime/clock';
import { startAgentConsoleServer, type AgentConsoleServer } from '../support/agentConsoleServer';
import { startSmtpTestServer, type SmtpTestServer } from '../support/smtpTestServer';
import { leaveTicket } from '../support/webCustomer';

const SECRET = 'site-backend-secret';
let smtp: SmtpTestServer;
let mailer: TicketMailer;
let server: AgentConsoleServer;

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  mailer = createTicketMailer({ url: smtp.url, from: 'Acme Support <support@acme.test>' });
  server = await startAgentConsoleServer({ clock: manualClock('2026-11-29T10:00:00.000Z'), directLineSecret: SECRET, mailer });
});
afterAll(async () => {
  mailer.close();
  await server.close();
  await smtp.close();
});

async function post(path: string, token: string, body: unknown, key: string): Promise<{ status: number; replayed: boolean; json: any }> {
  const res = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': key }, body: JSON.stringify(body) });
  return { status: res.status, replayed: res.headers.get('idempotent-replayed') === 'true', json: await res.json() };
}

it('emails an answer retried with the same key once, and a new key\'s answer again', async () => {
  const left = await leaveTicket(server.url, SECRET, 'site-user-9', 'lee@example.com', 'The lid of my kettle does not close');
  const login = await fetch(`${server.url}/api/agent/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ agentId: 'ann', password: 'ann-password' }) });
  const { token } = await login.json() as { token: string };
  const listed = await (await fetch(`${server.url}/api/agent/tickets`, { headers: { authorization: `Bearer ${token}` } })).json() as { tickets: Array<{ id: string; conversationId: string }> };
  const ticket = listed.tickets.find((t) => t.conversationId === left.id)!;

  const first = await post(`/api/agent/tickets/${ticket.id}/answer`, token, { text: 'A new lid is on its way.' }, 'answer-1');
  expect(first.status).toBe(200);
  const retried = await post(`/api/agent/tickets/${ticket.id}/answer`, token, { text: 'A new lid is on its way.' }, 'answer-1');
  expect(retried).toMatchObject({ status: 200, replayed: true, json: first.json });
  expect(smtp.received.filter((m) => m.to.includes('lee@example.com'))).toHaveLength(1);
  expect(first.json.answers).toHaveLength(1);

  const next = await post(`/api/agent/tickets/${ticket.id}/answer`, token, { text: 'It ships today.' }, 'answer-2');
  expect(next.status).toBe(200);
  expect(next.json.answers).toHaveLength(2);
  expect(smtp.received.filter((m) => m.to.includes('lee@example.com'))).toHaveLength(2);
});
