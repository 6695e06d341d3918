// `baton start` as operators run it for a demo at any hour: BATON_NOW puts the server's clock on a
// Sunday, when the sample bot's orders team is closed, so asking for a person leaves a ticket; with
// SMTP_URL and BATON_MAIL_FROM the agent's answer reaches a real local SMTP server.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BATON_BIN, startBaton } from '../support/batonProcess';
import { startSmtpTestServer } from '../support/smtpTestServer';

const ROOT = join(__dirname, '..', '..');

async function call(url: string, method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; json: any }> {
  const res = await fetch(`${url}${path}`, {
    method, headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, json: await res.json() };
}

describe('baton start with a demo clock and mail settings', () => {
  it('keeps a Sunday message as a ticket and emails the answer', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'baton-tickets-'));
    const smtp = await startSmtpTestServer();
    const add = spawnSync(process.execPath, [BATON_BIN, 'agent', 'add', 'ann', '--queues', 'orders'], { cwd: ROOT, input: 'ann-password\n', encoding: 'utf8', env: { ...process.env, BATON_DATA_DIR: dataDir } });
    expect(add.status).toBe(0);
    const server = await startBaton(join(ROOT, 'bots', 'acme.yaml'), {
      BATON_DATA_DIR: dataDir, BATON_NOW: '2026-11-29T10:00:00Z', SMTP_URL: smtp.url, BATON_MAIL_FROM: 'Acme Support <support@acme.test>',
    });
    try {
      const { token } = (await call(server.url, 'POST', '/api/agent/login', { agentId: 'ann', password: 'ann-password' })).json;
      const chat = (text: string, conversationId?: string) => call(server.url, 'POST', '/api/chat', { userId: 'kim', text, ...(conversationId ? { conversationId } : {}) });
      const first = (await chat('I want to talk to a person')).json;
      expect(first.handoff).toBeUndefined();
      await chat('kim@example.com', first.conversationId);
      await chat('The plug of my charger is cracked', first.conversationId);

      const listed = (await call(server.url, 'GET', '/api/agent/tickets', undefined, token)).json;
      expect(listed.mail).toBe(true);
      expect(listed.tickets).toEqual([expect.objectContaining({ conversationId: first.conversationId, message: 'The plug of my charger is cracked', contact: { email: 'kim@example.com' } })]);
      expect(listed.tickets[0].createdAt.slice(0, 10)).toBe('2026-11-29');
      const answered = await call(server.url, 'POST', `/api/agent/tickets/${listed.tickets[0].id}/answer`, { text: 'A new charger is on its way.' }, token);
      expect(answered.status).toBe(200);
      expect(smtp.received).toEqual([expect.objectContaining({ from: 'support@acme.test', to: ['kim@example.com'] })]);
      expect(smtp.received[0]!.text).toContain('A new charger is on its way.');
      expect(server.output()).toContain('Answers to tickets are emailed from Acme Support <support@acme.test>');
    } finally {
      await server.stop();
      await smtp.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
