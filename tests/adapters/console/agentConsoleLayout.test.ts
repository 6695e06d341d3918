// The agent console's layout in Chromium, as an agent far from the bot's country sees it (a browser
// in New York, in American English, serving a British bot): queue items that say who waits, on
// which channel, how urgent in words and what was said last; the transcript in the centre showing
// its newest message, the context card beside it, the composer never covered by a message; times
// on the bot's clock; and resolving only after a confirmation.
import type { Browser, BrowserContext } from 'playwright-core';
import { manualClock } from '../../../src/runtime/clock';
import { callJson, startAgentConsoleServer, type AgentConsoleServer } from '../../support/agentConsoleServer';
import { screenshotState } from '../../support/axeCheck';
import { launchChromium } from '../../support/chromium';
import { openConsole } from '../../support/consolePage';
import { startDirectLineCustomer, type DirectLineCustomer } from '../../support/directLineCustomer';

/** Whether two boxes overlap. */
type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the agent console layout', () => {
  let srv: AgentConsoleServer;
  let browser: Browser;
  let away: BrowserContext;
  // 14:05 in London (GMT in November), 09:05 in New York.
  const clock = manualClock('2026-11-24T14:05:00Z');

  beforeAll(async () => {
    [srv, browser] = await Promise.all([startAgentConsoleServer({ clock }), launchChromium()]);
    away = await browser.newContext({ viewport: { width: 1280, height: 800 }, timezoneId: 'America/New_York', locale: 'en-US' });
  });
  afterAll(async () => {
    await browser.close();
    await srv.close();
  });

  async function handedOver(name: string, lines: readonly string[]): Promise<DirectLineCustomer> {
    const customer = await startDirectLineCustomer(srv.url, { id: name.toLowerCase().replace(/\W+/g, '-'), name });
    await customer.waitFor(/./);
    for (const line of lines) await customer.say(line);
    await customer.say('I want to talk to a human');
    await customer.waitFor("you won't have to repeat yourself");
    return customer;
  }

  it('lists each waiting customer by name with their channel, the priority in words, what they want and the last thing said', async () => {
    const agent = await openConsole(away, srv.url);
    const { page } = agent;
    await agent.signIn('ann', 'ann-password');
    const customer = await handedOver('Jane Doe', ['I want to return order #12346, it arrived broken']);
    const item = agent.queueItem(customer.conversationId);
    await item.waitFor();
    await expect(item.locator('.q-name').textContent()).resolves.toBe('Jane Doe');
    await expect(item.locator('.q-channel').textContent()).resolves.toBe('Web chat');
    await expect(item.locator('.q-queue').textContent()).resolves.toBe('orders');
    // The orders queue's priority is 60 and Jane is calm: Normal, and no frustration badge.
    await expect(item.locator('.q-priority').textContent()).resolves.toBe('Priority: Normal');
    await expect(item.locator('.badge').count()).resolves.toBe(0);
    await expect(item.locator('.q-summary').textContent()).resolves.toBe('Return an item: order number 12346, reason damaged (customer asked)');
    await expect(item.locator('.q-preview').textContent()).resolves.toBe('Customer: I want to talk to a human');
    // The button's name is its visible text (no aria-label that says something else).
    await expect(item.getAttribute('aria-label')).resolves.toBeNull();
    await expect(item.textContent()).resolves.toMatch(/^Jane Doe, waiting 0s/);

    const words = await page.evaluate("import('/agent/words.js').then((m) => [0, 39, 40, 50, 64, 65, 79, 80, 100].map(m.priorityWord))");
    expect(words).toEqual(['Low', 'Low', 'Normal', 'Normal', 'Normal', 'High', 'High', 'Urgent', 'Urgent']);
    await screenshotState(page, 'agent-console-queue-items');
    expect(agent.errors).toEqual([]);
    await page.close();
  });

  it('shows times on the bot\'s clock (24-hour British time), not the browser\'s', async () => {
    const agent = await openConsole(away, srv.url);
    const { page } = agent;
    await agent.signIn('ann', 'ann-password');
    const customer = await handedOver('Tom Hall', ['where is my order 12345']);
    await agent.queueItem(customer.conversationId).click();
    await page.locator('#transcript .from-customer time').first().waitFor();
    const times = await page.locator('#transcript time').allTextContents();
    expect(times.length).toBeGreaterThan(2);
    for (const time of times) expect(time).toMatch(/(^|\s)14:05$/);
    await expect(page.locator('#context .ctx-tags').textContent()).resolves.toMatch(/Handed over .*14:05/);
    expect(agent.errors).toEqual([]);
    await page.close();
  });

  it('opens a conversation at its newest message, with the context card beside the transcript and the composer uncovered', async () => {
    const agent = await openConsole(away, srv.url);
    const { page } = agent;
    await agent.signIn('bob', 'bob-password');
    const customer = await handedOver('Ola Berg', ['where is my order 12345']);
    for (let i = 1; i <= 14; i++) await customer.say(`Message ${i} while I wait: the parcel has still not come`);
    await agent.queueItem(customer.conversationId).locator('.q-preview', { hasText: 'Message 14' }).waitFor();
    await agent.queueItem(customer.conversationId).click();
    await page.locator('#claim-btn:not([hidden])').waitFor();

    const last = page.locator('#transcript > li').last();
    await expect(last.isVisible()).resolves.toBe(true);
    const scroller = page.locator('#conv-scroll');
    const [lastBox, scrollBox, contextBox, composerBox] = await Promise.all([last.boundingBox(), scroller.boundingBox(), page.locator('#context-panel').boundingBox(), page.locator('#composer').boundingBox()]);
    // The newest message is inside the transcript's visible area; the card is to its right; the composer under it.
    expect(lastBox!.y + lastBox!.height).toBeLessThanOrEqual(scrollBox!.y + scrollBox!.height + 1);
    expect(lastBox!.y).toBeGreaterThanOrEqual(scrollBox!.y);
    expect(contextBox!.x).toBeGreaterThanOrEqual(scrollBox!.x + scrollBox!.width - 1);
    expect(composerBox!.y).toBeGreaterThanOrEqual(scrollBox!.y + scrollBox!.height - 1);
    expect(composerBox!.y + composerBox!.height).toBeLessThanOrEqual(800);

    // Claiming shows a message: it covers neither the composer nor the transcript.
    await page.getByRole('button', { name: 'Claim' }).click();
    const toast = page.locator('#toast.show', { hasText: 'It is yours' });
    await toast.waitFor();
    const toastBox = (await toast.boundingBox())!;
    expect(overlap(toastBox, (await page.locator('#composer').boundingBox())!)).toBe(false);
    expect(overlap(toastBox, (await scroller.boundingBox())!)).toBe(false);
    await screenshotState(page, 'agent-console-open-at-newest');

    // A new message while the agent reads the newest: it comes into view.
    await customer.say('Are you still there?');
    await page.locator('#transcript .bubble', { hasText: 'Are you still there?' }).waitFor();
    await expect(page.locator('#transcript .bubble', { hasText: 'Are you still there?' }).isVisible()).resolves.toBe(true);
    await page.waitForFunction("(() => { const s = document.getElementById('conv-scroll'); return s.scrollHeight - s.scrollTop - s.clientHeight < 48; })()");

    // Scrolled up to read older messages: a new one does not pull the agent down; a button offers it.
    await scroller.evaluate((node) => { node.scrollTop = 0; });
    await customer.say('Hello?');
    await page.locator('#transcript .bubble', { hasText: 'Hello?' }).waitFor();
    await page.locator('#latest-btn:not([hidden])').waitFor();
    await expect(scroller.evaluate((node) => node.scrollTop)).resolves.toBe(0);
    await page.getByRole('button', { name: 'New messages ↓' }).click();
    await page.waitForFunction("(() => { const s = document.getElementById('conv-scroll'); return s.scrollHeight - s.scrollTop - s.clientHeight < 48; })()");
    await expect(page.locator('#latest-btn').isHidden()).resolves.toBe(true);
    expect(agent.errors).toEqual([]);
    await page.close();
  });

  it('folds the context card behind a Details button on a narrow screen', async () => {
    const agent = await openConsole(browser, srv.url, { width: 1000, height: 800 });
    const { page } = agent;
    await agent.signIn('ann', 'ann-password');
    const customer = await handedOver('Pia Lind', ['I want to return order #12345, the wrong item came']);
    await agent.queueItem(customer.conversationId).click();
    await page.locator('#claim-btn:not([hidden])').waitFor();
    await expect(page.locator('#context-panel').isHidden()).resolves.toBe(true);
    const details = page.getByRole('button', { name: 'Details' });
    await expect(details.getAttribute('aria-expanded')).resolves.toBe('false');
    await details.click();
    await expect(details.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.locator('#context [data-slot=order_id]').isVisible()).resolves.toBe(true);
    await expect(page.locator('#composer').isVisible()).resolves.toBe(true);
    await screenshotState(page, 'agent-console-details-open');
    await details.click();
    await expect(page.locator('#context-panel').isHidden()).resolves.toBe(true);
    expect(agent.errors).toEqual([]);
    await page.close();
  });

  it('resolves only after the agent confirms, since the bot takes the conversation back at once', async () => {
    const agent = await openConsole(away, srv.url);
    const { page } = agent;
    await agent.signIn('ann', 'ann-password');
    const customer = await handedOver('Max Roe', ['where is my order 12345']);
    await agent.queueItem(customer.conversationId).click();
    await page.getByRole('button', { name: 'Claim' }).click();
    await page.locator('#conv-status', { hasText: 'In progress' }).waitFor();
    const id = agent.openId();

    await page.getByRole('button', { name: 'Resolve' }).click();
    const dialog = page.getByRole('dialog', { name: 'Resolve this conversation?' });
    await dialog.waitFor();
    await screenshotState(page, 'agent-console-resolve-confirm');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const token = await agent.token();
    expect((await callJson(srv.url, 'GET', `/api/agent/handoffs/${id}`, undefined, token)).json.status).toBe('assigned');

    await page.getByRole('button', { name: 'Resolve' }).click();
    await dialog.getByRole('button', { name: 'Resolve' }).click();
    await page.locator('#conv-status', { hasText: 'Resolved' }).waitFor();
    expect((await callJson(srv.url, 'GET', `/api/agent/handoffs/${id}`, undefined, token)).json.status).toBe('resolved');
    expect(agent.errors).toEqual([]);
    await page.close();
  });
});
