// The agent console for every agent: axe-core finds no serious or critical violation in any state
// an agent reaches (sign-in, an empty queue, a queue with conversations, a waiting conversation, a
// claimed one with messages, a ticket), in light and dark colours and on a phone, where every
// control is at least 44 px each way; and keyboard focus follows the work (the queue after
// sign-in, Claim on opening, the composer after claiming, the next conversation after resolving).
import type { Browser, Page } from 'playwright-core';
import { manualClock } from '../../../src/runtime/clock';
import { restCustomer, startAgentConsoleServer, type AgentConsoleServer } from '../../support/agentConsoleServer';
import { screenshotState, seriousAxeViolations } from '../../support/axeCheck';
import { launchChromium } from '../../support/chromium';
import { openConsole, type ConsolePage } from '../../support/consolePage';
import { leaveTicket } from '../../support/webCustomer';

const SECRET = 'site-backend-secret';

/** Visible controls smaller than 44 × 44 px, as "selector-ish (width × height)". */
const SMALL_TARGETS = `(() => {
  const controls = document.querySelectorAll('button, a[href], input:not([type=radio]):not([type=checkbox]), select, textarea, .modes label');
  return [...controls].filter((node) => node.checkVisibility() && !node.closest('.sr-only')).map((node) => [node, node.getBoundingClientRect()])
    .filter(([, r]) => r.width < 44 || r.height < 44)
    .map(([node, r]) => node.tagName.toLowerCase() + (node.id ? '#' + node.id : '') + ' "' + node.textContent.trim().slice(0, 30) + '" (' + Math.round(r.width) + ' × ' + Math.round(r.height) + ')');
})()`;

/** The id of the element that has the keyboard focus, or its tag. */
const focused = (page: Page): Promise<string> => page.evaluate("(() => { const a = document.activeElement; return a.dataset?.id ? 'item:' + a.dataset.id : a.id || a.tagName.toLowerCase(); })()");

describe('the agent console for keyboard, screen reader and phone users', () => {
  let srv: AgentConsoleServer;
  let browser: Browser;
  // A Sunday (the team is away: a customer leaves a ticket), then the Tuesday after, at 10:00 in London.
  const clock = manualClock('2026-11-29T10:00:00Z');

  beforeAll(async () => {
    [srv, browser] = await Promise.all([startAgentConsoleServer({ clock, directLineSecret: SECRET }), launchChromium()]);
    await leaveTicket(srv.url, SECRET, 'web-1', 'kim@example.com', 'My plug is cracked');
    clock.set('2026-12-01T10:00:00Z');
  });
  afterAll(async () => {
    await browser.close();
    await srv.close();
  });

  /**
   * Walks an agent through every state, checking each with axe (and, on a phone, the size of every
   * control); ends with the queue empty again. Answers the problems found, by state.
   */
  async function walk(agent: ConsolePage, mode: string, phone: boolean): Promise<Record<string, string[]>> {
    const { page } = agent;
    const problems: Record<string, string[]> = {};
    const check = async (state: string): Promise<void> => {
      const name = `agent-console-${mode}-${state}`;
      problems[name] = [...(await seriousAxeViolations(page)), ...(phone ? (await page.evaluate<string[]>(SMALL_TARGETS)).map((t) => `small target: ${t}`) : [])];
      await screenshotState(page, name);
    };
    await page.getByLabel('Agent id').waitFor();
    await check('sign-in');
    await agent.signIn('ann', 'ann-password');
    await page.locator('#waiting-list .q-empty').waitFor();
    await page.locator('#tickets-list .ticket-item').waitFor();
    await check('empty-queue');

    const [one, two] = [restCustomer(srv.url, `${mode}-one`), restCustomer(srv.url, `${mode}-two`)];
    await one.say('I want to return order #12346, it arrived broken');
    await one.say('I want to talk to a human');
    await two.say('can I speak to an agent');
    await agent.queueItem(two.conversationId!).waitFor();
    await agent.queueItem(one.conversationId!).waitFor();
    await check('queue');

    await agent.queueItem(one.conversationId!).click();
    await page.locator('#claim-btn:not([hidden])').waitFor();
    await check('waiting');
    await page.getByRole('button', { name: 'Claim' }).click();
    await page.locator('#conv-status', { hasText: 'In progress' }).waitFor();
    await page.getByLabel('Message', { exact: true }).fill('I am sorry it arrived broken: a new one is on its way.');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.locator('#transcript .from-agent').waitFor();
    await page.locator('#toast.show').waitFor({ state: 'detached', timeout: 8000 });
    await check('claimed');
    await agent.resolve();
    // Done with it: on a phone the queue comes back; on a laptop the conversation stays, read-only.
    await (phone ? page.locator('#queue') : page.locator('#conv-status', { hasText: 'Resolved' })).waitFor();

    await page.locator('#tickets-list .ticket-item').click();
    await page.locator('#ticket-dialog[open] .ticket-message').waitFor();
    await check('ticket');
    await page.locator('#ticket-dialog').getByRole('button', { name: 'Back' }).click();

    await agent.queueItem(two.conversationId!).click();
    await page.getByRole('button', { name: 'Claim' }).click();
    await page.locator('#conv-status', { hasText: 'In progress' }).waitFor();
    await agent.resolve();
    await page.locator('#conv-status', { hasText: 'Resolved' }).or(page.locator('#waiting-list .q-empty')).first().waitFor();
    return problems;
  }

  /** A fresh browser context; axe is injected by the test, so the page's CSP is bypassed for it alone. */
  const context = (options: Parameters<Browser['newContext']>[0] = {}) => browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true, ...options });

  const none = (problems: Record<string, string[]>) => Object.fromEntries(Object.keys(problems).map((state) => [state, []]));

  it('has no serious accessibility problem in any state on a laptop', async () => {
    const laptop = await context();
    const agent = await openConsole(laptop, srv.url);
    const problems = await walk(agent, 'laptop', false);
    expect(problems).toEqual(none(problems));
    expect(Object.keys(problems)).toHaveLength(6);
    expect(agent.errors).toEqual([]);
    await laptop.close();
  });

  it('has none in dark colours either', async () => {
    const dark = await context({ colorScheme: 'dark' });
    const agent = await openConsole(dark, srv.url);
    await agent.page.emulateMedia({ colorScheme: 'dark' });
    await expect(agent.page.evaluate("getComputedStyle(document.documentElement).colorScheme")).resolves.toBe('dark');
    const problems = await walk(agent, 'dark', false);
    expect(problems).toEqual(none(problems));
    expect(agent.errors).toEqual([]);
    await dark.close();
  });

  it('has none on a phone, where every control is at least 44 px each way', async () => {
    const phone = await context({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const agent = await openConsole(phone, srv.url);
    const problems = await walk(agent, 'phone', true);
    expect(problems).toEqual(none(problems));
    expect(agent.errors).toEqual([]);
    await phone.close();
  });

  it('moves the keyboard focus with the work: the queue, Claim, the composer, then the next conversation', async () => {
    const [first, second] = [restCustomer(srv.url, 'keys-one'), restCustomer(srv.url, 'keys-two')];
    await first.say('I want to talk to a human');
    await second.say('can I speak to an agent');
    const keyboard = await context();
    const agent = await openConsole(keyboard, srv.url);
    const { page } = agent;
    await page.getByLabel('Agent id').waitFor();
    await page.keyboard.type('bob');
    await page.keyboard.press('Tab');
    await page.keyboard.type('bob-password');
    await page.keyboard.press('Enter');
    await page.locator('#live.is-live').waitFor();
    // After sign-in: the first conversation waiting (both wait as long; the later one is listed first).
    await page.waitForFunction("document.activeElement.classList.contains('q-item')");
    const firstItem = await page.locator('#waiting-list .q-item').first().getAttribute('data-id');
    expect(await focused(page)).toBe(`item:${firstItem}`);

    await page.keyboard.press('Enter');
    await page.waitForFunction("document.activeElement.id === 'claim-btn'");
    await page.keyboard.press('Enter');
    await page.waitForFunction("document.activeElement.id === 'composer-text'");
    await page.keyboard.type('Hello, I can help with that.');
    await page.keyboard.press('Enter');
    await page.locator('#transcript .from-agent .bubble', { hasText: 'Hello, I can help with that.' }).waitFor();
    expect(await focused(page)).toBe('composer-text');

    await page.locator('#resolve-btn').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction("document.activeElement.id === 'resolve-confirm'");
    await page.keyboard.press('Enter');
    await page.locator('#conv-status', { hasText: 'Resolved' }).waitFor();
    // The other conversation is next.
    const other = await page.locator('#waiting-list .q-item').first().getAttribute('data-id');
    expect(other).not.toBe(firstItem);
    await page.waitForFunction(`document.activeElement.dataset.id === ${JSON.stringify(other)}`);

    await page.keyboard.press('Enter');
    await page.waitForFunction("document.activeElement.id === 'claim-btn'");
    await page.keyboard.press('Enter');
    await page.waitForFunction("document.activeElement.id === 'composer-text'");
    await page.locator('#resolve-btn').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction("document.activeElement.id === 'resolve-confirm'");
    await page.keyboard.press('Enter');
    // Nobody else waits: the queue itself.
    await page.waitForFunction("document.activeElement.id === 'queue'");
    expect(agent.errors).toEqual([]);
    await keyboard.close();
  });
});
