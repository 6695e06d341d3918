// Saved replies in the agent console, in a real browser against the whole app: the agent types `/ord`
// in the message box, picks a reply with the arrow keys and Enter, finds it filled with the order
// number and the missing email selected to type over, sends it, and the customer receives it. The
// button opens the same list for mouse users; Escape closes it; nothing is ever sent by itself.
import type { Browser, Page } from 'playwright-core';
import { callJson, startAgentConsoleServer, type AgentConsoleServer } from '../../support/agentConsoleServer';
import { seriousAxeViolations, screenshotState } from '../../support/axeCheck';
import { launchChromium } from '../../support/chromium';
import { composerEmptied, openConsole, type ConsolePage } from '../../support/consolePage';
import { startDirectLineCustomer, type DirectLineCustomer } from '../../support/directLineCustomer';

describe('saved replies in the agent console', () => {
  let srv: AgentConsoleServer;
  let browser: Browser;
  let agent: ConsolePage;
  let page: Page;
  let customer: DirectLineCustomer;

  const message = () => page.getByLabel('Message', { exact: true });
  const list = () => page.getByRole('listbox', { name: 'Saved replies' });
  const highlighted = () => list().locator('[role=option][aria-selected=true] .saved-reply-title');
  const agentMessages = async (): Promise<string[]> => {
    const token = await agent.token();
    const { json } = await callJson(srv.url, 'GET', `/api/agent/handoffs/${agent.openId()}`, undefined, token);
    return (json.messages as { from: string; text: string }[]).filter((m) => m.from === 'agent').map((m) => m.text);
  };

  beforeAll(async () => {
    [srv, browser] = await Promise.all([startAgentConsoleServer(), launchChromium()]);
    // axe is added to the page as a script, which the console's Content-Security-Policy would refuse.
    agent = await openConsole(await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } }), srv.url);
    page = agent.page;
    await agent.signIn('ann', 'ann-password');
    customer = await startDirectLineCustomer(srv.url, { name: 'Sam Carter' });
    await customer.say('I want to return order #12346, it arrived broken');
    await customer.waitFor('Shall I email you a free return label');
    await customer.say('I want to talk to a human');
    await customer.waitFor("you won't have to repeat yourself");
    await agent.open('order number 12346');
    await page.getByRole('button', { name: 'Claim' }).click();
    await page.locator('#conv-status', { hasText: 'In progress' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await srv?.close();
  });

  it('opens on `/`, filters as the agent types, inserts the chosen reply filled in for editing, and sends it only when the agent does', async () => {
    await message().click();
    await page.keyboard.type('/ord');
    await list().waitFor();
    await expect(list().locator('[role=option] .saved-reply-title').allTextContents()).resolves.toEqual(['Order running late', 'Return label sent', 'Return accepted outside the window']);
    await expect(highlighted().textContent()).resolves.toBe('Order running late');
    await expect(message().getAttribute('aria-activedescendant')).resolves.toBe('saved-reply-order_delayed');
    await expect(message().getAttribute('aria-controls')).resolves.toBe(await list().getAttribute('id'));
    await expect(page.getByRole('status').filter({ hasText: 'saved replies' }).textContent()).resolves.toBe('3 saved replies');
    await expect(list().locator('#saved-reply-order_delayed .saved-reply-text').textContent()).resolves.toContain("I'm sorry order 12346 is running late, Sam.");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotState(page, 'agent-console-saved-replies');

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(highlighted().textContent()).resolves.toBe('Return accepted outside the window');
    await page.keyboard.press('ArrowUp');
    await expect(highlighted().textContent()).resolves.toBe('Return label sent');
    await expect(message().getAttribute('aria-activedescendant')).resolves.toBe('saved-reply-return_label');
    await page.keyboard.press('Enter');

    await list().waitFor({ state: 'hidden' });
    const inserted = "I've emailed a free return label for order 12346 to [email].\nPrint it, stick it on the parcel and drop it at any post office within 14 days. Your refund starts as soon as the parcel reaches us.";
    await expect(message().inputValue()).resolves.toBe(inserted);
    await expect(message().getAttribute('aria-activedescendant')).resolves.toBeNull();
    await expect(message().evaluate((node: { value: string; selectionStart: number; selectionEnd: number }) => node.value.slice(node.selectionStart, node.selectionEnd))).resolves.toBe('[email]');
    await expect(agentMessages()).resolves.toEqual([]);

    // Sending with the marker still there asks first; going back selects the marker again, nothing sent.
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const ask = page.getByRole('dialog', { name: 'Send with unfilled places?' });
    await ask.waitFor();
    await expect(ask.locator('#markers-list li').allTextContents()).resolves.toEqual(['[email]']);
    await expect(page.evaluate('document.activeElement.textContent')).resolves.toBe('Fill them in');
    await screenshotState(page, 'console-unfilled-markers');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await ask.getByRole('button', { name: 'Fill them in' }).click();
    await ask.waitFor({ state: 'hidden' });
    await expect(message().evaluate((node: { value: string; selectionStart: number; selectionEnd: number }) => node.value.slice(node.selectionStart, node.selectionEnd))).resolves.toBe('[email]');
    await expect(agentMessages()).resolves.toEqual([]);

    await page.keyboard.type('sam@example.com');
    const sent = inserted.replace('[email]', 'sam@example.com');
    await expect(message().inputValue()).resolves.toBe(sent);
    await page.keyboard.press('Enter');
    await page.locator('#transcript .from-agent .bubble', { hasText: 'sam@example.com' }).waitFor();
    await expect(customer.waitFor('I\'ve emailed a free return label')).resolves.toBe(sent);
    await composerEmptied(page);
    await expect(message().inputValue()).resolves.toBe('');
  });

  it('opens from the button for mouse users, inserts the clicked reply, and closes with Escape leaving the message as it was', async () => {
    const button = page.getByRole('button', { name: 'Saved replies' });
    await button.click();
    await list().waitFor();
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(list().locator('[role=option] .saved-reply-title').allTextContents()).resolves.toEqual([
      "Hello, I'm taking over", 'Order running late', 'Return label sent', 'Return accepted outside the window', 'Anything else?', 'Closing the conversation',
    ]);
    await page.keyboard.press('Escape');
    await list().waitFor({ state: 'hidden' });
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(message().inputValue()).resolves.toBe('');

    await message().fill('Thanks for waiting. ');
    await message().press('End');
    await button.click();
    await list().locator('[role=option]', { hasText: 'Anything else?' }).click();
    await list().waitFor({ state: 'hidden' });
    await expect(message().inputValue()).resolves.toBe('Thanks for waiting. Is there anything else I can help you with today?');
    await expect(agentMessages()).resolves.toHaveLength(1);
  });

  it('says when nothing matches, and Enter then sends nothing', async () => {
    await message().fill('');
    await message().click();
    await page.keyboard.type('/zzz');
    await page.locator('.saved-reply-none', { hasText: 'No saved reply matches.' }).waitFor();
    await page.keyboard.press('Enter');
    await expect(message().inputValue()).resolves.toBe('/zzz');
    await page.keyboard.press('Escape');
    await expect(page.locator('.saved-replies').isHidden()).resolves.toBe(true);
    await expect(message().inputValue()).resolves.toBe('/zzz');
    expect(agent.errors).toEqual([]);
  });

  it('sends a reply with unfilled markers as it is once the agent says so', async () => {
    await message().fill('Your order [order_number] is on its way, [customer.name].');
    await page.getByRole('button', { name: 'Send reply' }).click();
    const ask = page.getByRole('dialog', { name: 'Send with unfilled places?' });
    await expect(ask.locator('#markers-list li').allTextContents()).resolves.toEqual(['[order_number]', '[customer.name]']);
    await ask.getByRole('button', { name: 'Send anyway' }).click();
    await page.locator('#transcript .from-agent .bubble', { hasText: '[order_number]' }).waitFor();
    await expect(agentMessages()).resolves.toContain('Your order [order_number] is on its way, [customer.name].');
    expect(agent.errors).toEqual([]);
  });
});
