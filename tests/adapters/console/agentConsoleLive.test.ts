// The agent console stays current without reloading: new handoffs appear, waiting times tick, a
// claim another agent won is reported, transfers and resolutions leave the queue; and it works on
// a tablet (the context card behind a Details button).
import type { Browser } from 'playwright-core';
import { launchChromium, screenshotPath } from '../../support/chromium';
import { callJson, restCustomer, startAgentConsoleServer, type AgentConsoleServer } from '../../support/agentConsoleServer';
import { openConsole } from '../../support/consolePage';

describe('the live agent console', () => {
  let srv: AgentConsoleServer;
  let browser: Browser;

  beforeAll(async () => {
    [srv, browser] = await Promise.all([startAgentConsoleServer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser.close();
    await srv.close();
  });

  it('shows a new handoff in the queue as it arrives, without reloading, and ticks its waiting time', async () => {
    const agent = await openConsole(browser, srv.url);
    const { page } = agent;
    await agent.signIn('ann', 'ann-password');
    await page.evaluate('window.__sameDocument = true');
    const customer = restCustomer(srv.url, 'lee');
    await customer.say('can I speak to an agent');
    const item = agent.queueItem(customer.conversationId!);
    await item.waitFor();
    await expect(page.evaluate('window.__sameDocument')).resolves.toBe(true);
    await expect(page.locator('#waiting-count').textContent()).resolves.toBe('1');
    await expect(page.title()).resolves.toBe('(1) Acme Support · Agent console');
    // The server's clock stands still, so any change of the waiting time is the page's own ticking.
    const waits = new Set<string | null>();
    for (let i = 0; i < 20 && waits.size < 2; i++) {
      waits.add(await item.locator('.q-wait').textContent());
      await page.waitForTimeout(200);
    }
    expect([...waits].slice(0, 2)).toEqual(['0s', '1s']);

    await customer.say('cancel');
    await item.waitFor({ state: 'detached' });
    await expect(page.locator('#waiting-list .q-empty').textContent()).resolves.toBe('Nobody is waiting.');
    expect(agent.errors).toEqual([]);
    await page.close();
  });

  it('says "another agent took it" when a claim loses, and shows who holds the conversation', async () => {
    const agent = await openConsole(browser, srv.url);
    const { page } = agent;
    await agent.signIn('ann', 'ann-password');
    const customer = restCustomer(srv.url, 'max');
    await customer.say('talk to a real person');
    await agent.queueItem(customer.conversationId!).click();
    await page.locator('#claim-btn:not([hidden])').waitFor();

    // Bob claims first; Ann's page has not heard of it yet when she presses Claim.
    await page.route('**/api/agent/handoffs/*/claim', async (route) => {
      const bob = (await callJson(srv.url, 'POST', '/api/agent/login', { agentId: 'bob', password: 'bob-password' })).json.token;
      await callJson(srv.url, 'POST', `/api/agent/handoffs/${agent.openId()}/claim`, {}, bob);
      await route.continue();
    });
    await page.getByRole('button', { name: 'Claim' }).click();
    await page.locator('#toast', { hasText: 'Another agent took it.' }).waitFor();
    await page.locator('#conv-banner', { hasText: 'Bob Stone holds this conversation.' }).waitFor();
    await expect(page.locator('#claim-btn').isHidden()).resolves.toBe(true);
    await expect(page.locator('#others-list .q-item', { hasText: 'With Bob Stone' }).count()).resolves.toBe(1);
    expect(agent.errors).toEqual([]);
    await page.close();
  });

  it('transfers a conversation to another queue, where it waits again, and resolves another, which leaves the queue', async () => {
    const agent = await openConsole(browser, srv.url);
    const { page } = agent;
    await agent.signIn('bob', 'bob-password');
    const [one, two] = [restCustomer(srv.url, 'ola'), restCustomer(srv.url, 'pia')];
    await one.say('I need a human');
    await two.say('I need a human');

    await agent.queueItem(one.conversationId!).click();
    await page.getByRole('button', { name: 'Claim' }).click();
    await page.getByRole('button', { name: 'Transfer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Transfer the conversation' });
    await dialog.getByLabel('Queue', { exact: true }).selectOption('billing');
    await dialog.getByRole('button', { name: 'Transfer' }).click();
    await page.locator('#toast', { hasText: 'Transferred to the billing queue.' }).waitFor();
    await agent.queueItem(one.conversationId!).locator('.chip', { hasText: 'billing' }).waitFor();

    await agent.queueItem(two.conversationId!).click();
    await page.getByRole('button', { name: 'Claim' }).click();
    await agent.resolve();
    await page.locator('#conv-status', { hasText: 'Resolved' }).waitFor();
    await agent.queueItem(two.conversationId!).waitFor({ state: 'detached' });
    expect(agent.errors).toEqual([]);
    await page.close();
  });

  it('fits a tablet: one pane at a time, no sideways scrolling, and a way back to the queue', async () => {
    const agent = await openConsole(browser, srv.url, { width: 820, height: 1180 });
    const { page } = agent;
    await agent.signIn('ann', 'ann-password');
    const customer = restCustomer(srv.url, 'quinn');
    await customer.say('I want to return order #12345, the wrong item came');
    await customer.say('I want to talk to a human');
    await agent.queueItem(customer.conversationId!).click();
    await page.locator('#claim-btn:not([hidden])').waitFor();
    await page.getByRole('button', { name: 'Details' }).click(); // the context card, folded on a tablet
    await page.locator('#context [data-slot=order_id]').waitFor();
    await expect(page.locator('.queue').isHidden()).resolves.toBe(true);
    const widths = await page.evaluate<{ scroll: number; client: number }>('({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })');
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.screenshot({ path: screenshotPath('agent-console-tablet.png') });
    await page.getByRole('button', { name: 'Back to the queue' }).click();
    await agent.queueItem(customer.conversationId!).waitFor();
    expect(agent.errors).toEqual([]);
    await page.close();
  });
});
