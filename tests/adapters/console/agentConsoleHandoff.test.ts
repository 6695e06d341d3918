// The agent console in a real browser against the whole app: an agent signs in, a Direct Line
// customer asks for a human, the agent sees the conversation with what the customer gave, claims
// it, replies (the customer receives it), and hands back to the bot, which resumes the return
// without asking for the order again.
import type { Browser } from 'playwright-core';
import { launchChromium, screenshotPath } from '../../support/chromium';
import { callJson, startAgentConsoleServer, type AgentConsoleServer } from '../../support/agentConsoleServer';
import { openConsole, type ConsolePage } from '../../support/consolePage';
import { startDirectLineCustomer } from '../../support/directLineCustomer';

describe('the agent console taking a handoff', () => {
  let srv: AgentConsoleServer;
  let browser: Browser;
  let agent: ConsolePage;

  beforeAll(async () => {
    [srv, browser] = await Promise.all([startAgentConsoleServer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser.close();
    await srv.close();
  });

  it('shows the handed-over conversation with what the customer gave, sends the reply to the customer and hands back to the bot, which goes on without asking again', async () => {
    agent = await openConsole(browser, srv.url, { width: 1440, height: 960 });
    const { page } = agent;
    await agent.signIn('ann', 'ann-password');
    await expect(page.locator('#agent-name').textContent()).resolves.toBe('Ann Lee');

    const customer = await startDirectLineCustomer(srv.url);
    await customer.say('I want to return order #12346, it arrived broken');
    await customer.waitFor('Shall I email you a free return label');
    await customer.say('I want to talk to a human');
    await customer.waitFor("you won't have to repeat yourself");

    const item = page.locator('#waiting-list .q-item', { hasText: 'order number 12346' });
    await item.waitFor();
    await expect(item.locator('.q-summary').textContent()).resolves.toBe('Return an item: order number 12346, reason damaged (customer asked)');
    await expect(item.locator('.q-priority').textContent()).resolves.toBe('Priority: Normal');
    await expect(item.locator('.badge').count()).resolves.toBe(0); // a calm customer: no frustration badge
    await agent.open('order number 12346');

    const card = page.locator('#context');
    await expect(card.locator('.ctx-goal').textContent()).resolves.toBe('Return an item');
    await expect(card.locator('[data-slot=order_id] th').textContent()).resolves.toBe('Order number');
    await expect(card.locator('[data-slot=order_id] td').allTextContents()).resolves.toEqual(['12346', 'Customer']);
    await expect(card.locator('[data-slot=reason] td').allTextContents()).resolves.toEqual(['damaged', 'Customer']);
    await expect(card.locator('[data-slot=order_item] td').allTextContents()).resolves.toEqual(['phone charger', 'Looked up']);
    await expect(card.locator('.intent').first().textContent()).resolves.toMatch(/^Return an item\d+%$/); // the intent's title
    await expect(card.locator('section[aria-label="Who they are"]').textContent()).resolves.toContain('webchat');
    await expect(card.locator('.ctx-tags').textContent()).resolves.toContain('Customer asked');
    // Where the bot stopped, in the authors' words (the flow's goal), the ids in the tooltip.
    const stopped = card.locator('.ctx-tags .chip', { hasText: 'Stopped at' });
    await expect(stopped.textContent()).resolves.toBe('Stopped at Return an item › Confirm');
    await expect(stopped.getAttribute('title')).resolves.toBe('return_item › confirm');
    await expect(page.locator('#transcript .from-customer .bubble').allTextContents()).resolves.toEqual([
      'I want to return order #12346, it arrived broken', 'I want to talk to a human',
    ]);
    await expect(page.locator('#mode-reply').isDisabled()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Claim' }).click();
    await page.locator('#conv-status', { hasText: 'In progress' }).waitFor();
    await expect(page.locator('#mine-list .q-item', { hasText: 'order number 12346' }).count()).resolves.toBe(1);
    const reply = 'Hi, I am sorry the charger arrived broken. I will set up the return for you now.';
    await page.getByLabel('Message', { exact: true }).fill(reply);
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.locator('#transcript .from-agent .bubble', { hasText: reply }).waitFor();
    await expect(customer.waitFor(reply)).resolves.toBe(reply);
    await page.getByLabel('Internal note').check();
    await page.getByLabel('Message', { exact: true }).fill('Charger from batch 7, second one this week.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.locator('#transcript .from-note .bubble', { hasText: 'batch 7' }).waitFor();

    const token = (await callJson(srv.url, 'POST', '/api/agent/login', { agentId: 'ann', password: 'ann-password' })).json.token;
    const stored = await callJson(srv.url, 'GET', `/api/agent/handoffs/${agent.openId()}`, undefined, token);
    expect(stored.json.messages).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'agent', agentId: 'ann', text: reply })]));
    expect(await customer.received()).not.toContain('Charger from batch 7, second one this week.');
    await page.locator('#toast.show').waitFor({ state: 'detached', timeout: 8000 });
    await page.screenshot({ path: screenshotPath('agent-console.png') });
    await page.locator('#conv-scroll').evaluate((node) => { node.scrollTop = node.scrollHeight; });
    await page.screenshot({ path: screenshotPath('agent-console-transcript.png') });

    await customer.say('Do I need to send the old one back?');
    await page.locator('#transcript .from-customer .bubble', { hasText: 'send the old one back' }).waitFor();
    await page.getByRole('button', { name: 'Hand back to bot' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hand back to the bot' });
    const unanswered = dialog.getByRole('region', { name: 'Not answered yet' });
    await expect(unanswered.locator('li').allTextContents()).resolves.toEqual(['Do I need to send the old one back?']);
    await expect(dialog.getByLabel(/Let the bot answer the last one/).isChecked()).resolves.toBe(false);
    await expect(dialog.getByLabel('Flow').inputValue()).resolves.toBe('return_item');
    await expect(dialog.getByLabel('Flow').locator('option:checked').textContent()).resolves.toBe('Return an item');
    await expect(dialog.getByLabel('Flow').locator('option').allTextContents()).resolves.not.toContain('return_item');
    await expect(dialog.getByLabel('Step (state)').inputValue()).resolves.toBe('confirm');
    await expect(dialog.getByLabel('Step (state)').locator('option').allTextContents()).resolves.toEqual(expect.arrayContaining(['Start (first step)', 'Confirm', 'Not delivered']));
    await expect(dialog.getByLabel('Order number').inputValue()).resolves.toBe('12346');
    await expect(dialog.getByLabel('Reason').inputValue()).resolves.toBe('damaged');
    await page.screenshot({ path: screenshotPath('agent-console-handback.png') });
    await dialog.getByRole('button', { name: 'Hand back' }).click();
    await page.locator('#conv-status', { hasText: 'Back with the bot' }).waitFor();
    await expect(page.locator('#composer').isHidden()).resolves.toBe(true);

    await customer.waitFor("I'm back: thanks for your patience.");
    await customer.say('yes please');
    await customer.waitFor('Done: a return label for order 12346 is on its way to your inbox.');
    const said = await customer.received();
    expect(said.slice(said.indexOf("I'm back: thanks for your patience."))).toEqual([
      "I'm back: thanks for your patience.", 'Shall I email you a free return label for your phone charger?',
      'Done: a return label for order 12346 is on its way to your inbox.', expect.any(String),
    ]);
    expect(said.some((t) => t.startsWith('Which order is it?'))).toBe(false);
    expect(agent.errors).toEqual([]);
    await page.close();
  });
});
