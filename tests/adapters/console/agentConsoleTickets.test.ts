// The console's tickets view in Chromium against the whole app on a Sunday: the agent sees the
// message a customer left while the team was closed, with contact and summary, newest or oldest
// first; opens it, answers it (the email reaches a local SMTP server) and closes it. When the
// recipient is refused the view shows the error and keeps the answer; without mail settings it
// says that replies cannot be emailed.
import type { Browser } from 'playwright-core';
import { createTicketMailer, type TicketMailer } from '../../../src/handoff/ticketMailer';
import { manualClock } from '../../../src/runtime/clock';
import { launchChromium, screenshotPath } from '../../support/chromium';
import { startAgentConsoleServer, type AgentConsoleServer } from '../../support/agentConsoleServer';
import { openConsole } from '../../support/consolePage';
import { startSmtpTestServer, type SmtpTestServer } from '../../support/smtpTestServer';
import { leaveTicket } from '../../support/webCustomer';

const SECRET = 'site-backend-secret';

describe('the agent console working tickets', () => {
  let browser: Browser;
  let smtp: SmtpTestServer;
  let mailer: TicketMailer;
  let srv: AgentConsoleServer;
  const clock = manualClock('2026-11-29T10:00:00Z');

  beforeAll(async () => {
    [browser, smtp] = await Promise.all([launchChromium(), startSmtpTestServer()]);
    mailer = createTicketMailer({ url: smtp.url, from: 'support@acme.test' });
    srv = await startAgentConsoleServer({ clock, directLineSecret: SECRET, mailer });
  });
  afterAll(async () => {
    await browser.close();
    mailer.close();
    await srv.close();
    await smtp.close();
  });

  it('lists the messages left out of hours, answers one by email, shows a refused email and closes the ticket', async () => {
    await leaveTicket(srv.url, SECRET, 'web-1', 'kim@example.com', 'My plug is cracked');
    clock.set('2026-11-29T11:00:00Z');
    smtp.refuse.add('gone@example.com');
    await leaveTicket(srv.url, SECRET, 'web-2', 'gone@example.com', 'Call me back please');

    const agent = await openConsole(browser, srv.url);
    const { page } = agent;
    await agent.signIn('ann', 'ann-password');
    const messages = page.locator('#tickets-list .ticket-item .ticket-message');
    await expect(page.locator('#tickets-count').textContent()).resolves.toBe('2');
    await expect(messages.allTextContents()).resolves.toEqual(['Call me back please', 'My plug is cracked']);
    await page.locator('#tickets-order').selectOption('oldest');
    await page.locator('#tickets-list li:first-child .ticket-message', { hasText: /^My plug is cracked$/ }).waitFor();
    await expect(page.locator('#tickets-list .ticket-item').first().locator('.ticket-contact').textContent()).resolves.toBe('Kim · kim@example.com');
    await expect(page.locator('#tickets-no-mail').isHidden()).resolves.toBe(true);

    await page.locator('#tickets-list .ticket-item', { hasText: 'My plug is cracked' }).click();
    const dialog = page.locator('#ticket-dialog');
    await expect(dialog.locator('.ticket-contact').textContent()).resolves.toBe('Kim · kim@example.com');
    await expect(dialog.locator('.ticket-summary').textContent()).resolves.not.toBe('');
    await page.getByLabel('Answer by email').fill('A new charger is on its way.');
    await page.getByRole('button', { name: 'Send answer' }).click();
    await dialog.locator('.transcript li p.muted', { hasText: /^Emailed / }).waitFor();
    expect(smtp.received.map((m) => [m.to, m.text.includes('A new charger is on its way.')])).toEqual([[['kim@example.com'], true]]);
    await page.getByRole('button', { name: 'Close ticket' }).click();
    await page.locator('#tickets-count', { hasText: /^1$/ }).waitFor();
    await dialog.locator('[data-cancel]').click();

    await page.locator('#tickets-list .ticket-item', { hasText: 'Call me back please' }).click();
    await page.getByLabel('Answer by email').fill('We tried to call you.');
    await page.getByRole('button', { name: 'Send answer' }).click();
    const error = dialog.locator('.ticket-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toMatch(/The email could not be sent: .*No such user/);
    await expect(page.locator('#tickets-list .ticket-item', { hasText: 'Call me back please' }).locator('.badge').textContent()).resolves.toBe('Email failed');
    await page.screenshot({ path: screenshotPath('agent-console-ticket-email-failed.png') });
    smtp.refuse.delete('gone@example.com');
    await expect(page.getByLabel('Answer by email').inputValue()).resolves.toBe('We tried to call you.');
    await page.getByRole('button', { name: 'Send answer' }).click();
    await dialog.locator('.transcript li p.muted', { hasText: /^Emailed / }).waitFor();
    await expect(error.count()).resolves.toBe(0);
    expect(smtp.received.at(-1)!.to).toEqual(['gone@example.com']);
    expect(agent.errors).toEqual([]);
  });

  it('shows a new ticket as it arrives, and says that replies cannot be emailed when the server has no mail settings', async () => {
    const bare = await startAgentConsoleServer({ clock: manualClock('2026-11-29T10:00:00Z'), directLineSecret: SECRET });
    try {
      const agent = await openConsole(browser, bare.url);
      await agent.signIn('ann', 'ann-password');
      await agent.page.locator('#tickets-list .q-empty', { hasText: 'No tickets.' }).waitFor();
      await leaveTicket(bare.url, SECRET, 'web-3', 'joy@example.com', 'Hello there');
      await agent.page.locator('#tickets-count', { hasText: /^1$/ }).waitFor();
      await expect(agent.page.locator('#tickets-no-mail').textContent()).resolves.toBe('Replies cannot be emailed: this server has no mail settings.');
      await agent.page.locator('#tickets-no-mail:not([hidden])').waitFor();
      await agent.page.locator('#tickets-list .ticket-item', { hasText: 'Hello there' }).click();
      await expect(agent.page.getByRole('button', { name: 'Send answer' }).isDisabled()).resolves.toBe(true);
      expect(agent.errors).toEqual([]);
    } finally {
      await bare.close();
    }
  });
});
