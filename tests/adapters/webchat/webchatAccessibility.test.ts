// The web chat page as a customer meets it, in Chromium against the whole app: each state (a new
// conversation, mid-conversation with buttons, an agent speaking, dark mode, a phone, the
// new-conversation question) has no serious or critical axe violations and leaves a screenshot;
// senders are named with their times; the keyboard alone is enough; buttons are big enough for a
// finger on a phone; and a new conversation really is a new one.
import type { Browser, Page } from 'playwright-core';
import { seriousAxeViolations, screenshotState } from '../../support/axeCheck';
import { startAgentConsoleServer, type AgentConsoleServer } from '../../support/agentConsoleServer';
import { signInAgent } from '../../support/agentOverApi';
import { launchChromium } from '../../support/chromium';

/** The WCAG contrast of an element's text against its own background colour (both computed). */
const CONTRAST = `(selector) => {
  const node = document.querySelector(selector);
  const style = getComputedStyle(node);
  const lum = (rgb) => {
    const [r, g, b] = rgb.match(/[\\d.]+/g).slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [a, b] = [lum(style.color), lum(style.backgroundColor)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}`;

describe('the web chat page, for every customer', () => {
  let srv: AgentConsoleServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [srv, browser] = await Promise.all([startAgentConsoleServer({ webchat: true }), launchChromium()]);
  });
  afterAll(async () => {
    await browser.close();
    await srv.close();
  });
  beforeEach(async () => {
    // axe-core goes in as an inline script, which the page's policy would refuse.
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    page.setDefaultTimeout(10_000);
    errors = [];
    page.on('pageerror', (err) => errors.push(err.message));
  });
  afterEach(async () => {
    await page.close();
    expect(errors).toEqual([]);
  });

  const botSays = (text: string | RegExp) => page.locator('.row.bot .bubble', { hasText: text }).last();
  const type = async (text: string): Promise<void> => {
    await page.fill('#input', text);
    await page.press('#input', 'Enter');
  };
  const focused = (): Promise<string> => page.evaluate('document.activeElement.id || document.activeElement.className');
  const conversationId = (): Promise<string> => page.evaluate("JSON.parse(sessionStorage.getItem('baton.webchat.conversation')).conversationId");
  /** Waits for what the page shows to settle (its entry animation), then checks it and keeps a picture. */
  const check = async (name: string): Promise<void> => {
    await page.waitForTimeout(300);
    expect([name, await seriousAxeViolations(page)]).toEqual([name, []]);
    await screenshotState(page, name);
  };

  it('passes axe in each state, light and dark, with every sender named beside the time', async () => {
    await page.goto(srv.url);
    await botSays(/^(Hi|Hello)/).waitFor();
    await page.locator('.chip').first().waitFor();
    await check('webchat-new-conversation');

    await type('how much is shipping?');
    await botSays('Did that answer your question?').waitFor();
    await page.locator('.chip', { hasText: 'Yes' }).waitFor();
    await check('webchat-buttons');
    await page.emulateMedia({ colorScheme: 'dark' });
    await check('webchat-buttons-dark');
    expect(await page.evaluate(`(${CONTRAST})('.row.user .bubble')`)).toBeGreaterThanOrEqual(4.5);
    expect(await page.evaluate(`(${CONTRAST})('.chip')`)).toBeGreaterThanOrEqual(4.5);
    await page.emulateMedia({ colorScheme: 'light' });

    const ann = await signInAgent(srv, 'ann', 'ann-password');
    await type('I want to talk to a person');
    await botSays(/number 1 in the queue/).waitFor();
    const handoff = await ann.claim(await conversationId());
    await ann.reply(handoff, 'Hi, I am Ann. Let me look at your order.');
    const agentRow = page.locator('.row.agent', { hasText: 'Let me look at your order' });
    await agentRow.waitFor();
    await check('webchat-agent');
    await page.emulateMedia({ colorScheme: 'dark' });
    await check('webchat-agent-dark');

    const names = await page.locator('.sender .sender-name').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Acme Support', 'You', 'Ann Lee']));
    expect(names[0]).toBe('Acme Support');
    // Times read as the bot's locale writes them (en with country GB: 24-hour, "14:05").
    const times = await page.locator('.sender time').allTextContents();
    expect(times.length).toBe(names.length);
    for (const time of times) expect(time).toMatch(/^\d{2}:\d{2}$/);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en-GB');
    await expect(agentRow.locator('.agent-avatar').textContent()).resolves.toBe('AL');
    await expect(page.locator('.row.bot .bot-avatar').count()).resolves.toBeGreaterThan(0);
  });

  it('shows the privacy notice of the manifest with its address as a link', async () => {
    await page.goto(srv.url);
    const notice = page.locator('#privacy');
    await expect(notice.textContent()).resolves.toBe(srv.app.runtime.bot.webchat!.privacy);
    await expect(notice.locator('a').getAttribute('href')).resolves.toBe('https://example.com/privacy');
  });

  it('can be used with the keyboard alone: the log is reachable, buttons follow the message box, and focus comes back to it', async () => {
    await page.goto(srv.url);
    await botSays(/^(Hi|Hello)/).waitFor();
    await expect(focused()).resolves.toBe('input');
    // The conversation is a labelled log a keyboard can reach (to scroll it), just before the message
    // box and the attach button beside it.
    await page.keyboard.press('Shift+Tab');
    await expect(focused()).resolves.toBe('attach');
    await page.keyboard.press('Shift+Tab');
    await expect(focused()).resolves.toBe('log');
    await expect(page.locator('#log').getAttribute('role')).resolves.toBe('log');
    await expect(page.locator('#log').getAttribute('aria-label')).resolves.toBe('Conversation');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toBe('input');

    await page.keyboard.type('how much is shipping?');
    await page.keyboard.press('Enter');
    await botSays('Did that answer your question?').waitFor();
    await page.locator('.chip', { hasText: 'Yes' }).waitFor();
    await expect(focused()).resolves.toBe('input');
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toBe('send');
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement.textContent')).resolves.toBe('Yes');
    await page.keyboard.press('Enter');
    await page.locator('.row.user .bubble', { hasText: /^Yes$/ }).waitFor();
    await expect(focused()).resolves.toBe('input');

    // Sent with the send button, the next message starts in the message box too.
    await page.keyboard.type('thanks');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toBe('send');
    await page.keyboard.press('Enter');
    await page.locator('.row.user .bubble', { hasText: 'thanks' }).waitFor();
    await expect(focused()).resolves.toBe('input');
  });

  it('fits a phone: buttons at least 44 px tall, no violations', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(srv.url);
    await botSays(/^(Hi|Hello)/).waitFor();
    await page.locator('.chip').first().waitFor();
    const heights = await page.locator('.chip, #send, #new-conversation').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThanOrEqual(5);
    for (const height of heights) expect(height).toBeGreaterThanOrEqual(44);
    await check('webchat-phone');
    await page.emulateMedia({ colorScheme: 'dark' });
    await check('webchat-phone-dark');
  });

  it('starts a new conversation once the customer confirms it, and keeps it after a reload', async () => {
    await page.goto(srv.url);
    await botSays(/^(Hi|Hello)/).waitFor();
    await type('how much is shipping?');
    await botSays('Did that answer your question?').waitFor();
    const first = await conversationId();

    await page.getByRole('button', { name: 'New conversation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start a new conversation?' });
    await dialog.waitFor();
    await check('webchat-new-conversation-question');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(conversationId()).resolves.toBe(first);
    await expect(page.locator('.row.user .bubble', { hasText: 'how much is shipping?' }).count()).resolves.toBe(1);

    await page.getByRole('button', { name: 'New conversation' }).click();
    await dialog.getByRole('button', { name: 'Start new' }).click();
    await page.locator('.note', { hasText: 'New conversation' }).waitFor();
    await botSays(/^(Hi|Hello)/).waitFor();
    const second = await conversationId();
    expect(second).not.toBe(first);
    await expect(focused()).resolves.toBe('input');
    await expect(page.locator('.row.user').count()).resolves.toBe(0);

    await type('where is my order?');
    await page.locator('.row.user:not(.sending) .bubble', { hasText: 'where is my order?' }).waitFor();
    await page.reload();
    await page.locator('.row.user .bubble', { hasText: 'where is my order?' }).waitFor();
    await expect(conversationId()).resolves.toBe(second);
    await expect(page.locator('.row.user .bubble', { hasText: 'how much is shipping?' }).count()).resolves.toBe(0);
  });
});
