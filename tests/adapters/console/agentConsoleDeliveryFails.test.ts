// The agent console in Chromium when a reply cannot reach the customer live: a Teams customer's
// connector stops answering after the handoff. The agent's reply is saved and the console says
// "Saved, not delivered live" with the reason as its tooltip; while a send is in flight the button
// and Enter send nothing more; Resolve confirmed twice resolves once; and a reply whose answer was
// lost on the way, sent again, carries the same Idempotency-Key and is stored once. The composer
// empties as soon as the server confirms a reply, even while the conversation is still reloading.
import type { Browser, Request as BrowserRequest } from 'playwright-core';
import { createBotFrameworkChannel } from '../../../adapters/botframework/botFrameworkChannel';
import { conversationKey } from '../../../adapters/botframework/conversationKey';
import type { ChannelAdapter } from '../../../src/server/serverContext';
import { startAgentConsoleServer, type AgentConsoleServer } from '../../support/agentConsoleServer';
import { launchChromium, screenshotPath } from '../../support/chromium';
import { composerEmptied, openConsole, type ConsolePage } from '../../support/consolePage';
import { startHaltingConnector, type HaltingConnector } from '../../support/localServers';
import { message, personalChat } from '../botframework/teamsActivities';

describe('the agent console when live delivery fails', () => {
  let srv: AgentConsoleServer;
  let browser: Browser;
  let channel: ChannelAdapter;
  let connector: HaltingConnector;

  beforeAll(async () => {
    connector = await startHaltingConnector();
    channel = createBotFrameworkChannel({ settings: {} });
    [srv, browser] = await Promise.all([startAgentConsoleServer({ rest: false, extraChannels: [channel] }), launchChromium()]);
  });
  afterAll(async () => {
    await browser.close();
    await channel.close?.();
    await srv.close();
    await connector.close();
  });
  beforeEach(() => { connector.answering = true; });

  /** A Teams customer asks for a person; Ann opens and claims the handoff in the console. Its id. */
  async function claimInConsole(agent: ConsolePage): Promise<string> {
    const chat = personalChat(connector.url);
    const res = await fetch(`${srv.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message(chat, 'I want to talk to a human')) });
    expect(res.status).toBe(200);
    const item = agent.queueItem(conversationKey('msteams', chat.conversationId));
    await item.click();
    await agent.page.locator('#view:not([hidden]) #context .ctx-summary').waitFor();
    await agent.page.getByRole('button', { name: 'Claim' }).click();
    await agent.page.locator('#conv-status', { hasText: 'In progress' }).waitFor();
    return agent.openId();
  }

  const agentTexts = async (id: string): Promise<string[]> => (await srv.stores.handoffs.get(id))!.messages.filter((m) => m.from === 'agent').map((m) => m.text);

  it('says "Saved, not delivered live" with the reason, and sends nothing more while the reply is in flight', async () => {
    const agent = await openConsole(browser, srv.url);
    const { page } = agent;
    await agent.signIn('ann', 'ann-password');
    const id = await claimInConsole(agent);
    connector.answering = false;

    const replies: BrowserRequest[] = [];
    page.on('request', (r) => { if (r.url().endsWith('/reply')) replies.push(r); });
    const input = page.getByLabel('Message', { exact: true });
    await input.fill('A new charger is on its way.');
    await input.press('Enter');
    await expect(page.locator('#send-btn').isDisabled()).resolves.toBe(true);
    await input.press('Enter');
    await page.locator('#send-btn').click({ force: true }).catch(() => undefined);

    const status = page.locator('#send-status');
    await status.waitFor({ state: 'visible', timeout: 8000 });
    await expect(status.textContent()).resolves.toBe('Saved, not delivered live');
    await expect(status.getAttribute('title')).resolves.toMatch(/did not take the message within 2\.5 s/);
    await expect(page.locator('#send-btn').isDisabled()).resolves.toBe(false);
    await page.locator('#transcript .from-agent .bubble', { hasText: 'A new charger is on its way.' }).waitFor();
    await page.screenshot({ path: screenshotPath('agent-console-not-delivered.png') });
    expect(replies).toHaveLength(1);
    expect(replies[0]!.headers()['idempotency-key']).toMatch(/^[0-9a-f]{32}$/);
    expect(await agentTexts(id)).toEqual(['A new charger is on its way.']);
    expect(agent.errors).toEqual([]);
    await page.close();
  });

  it('resolves once when Resolve is confirmed twice while the connector does not answer, and says the customer was not told live', async () => {
    const agent = await openConsole(browser, srv.url);
    const { page } = agent;
    await agent.signIn('ann', 'ann-password');
    const id = await claimInConsole(agent);
    connector.answering = false;
    const resolves: BrowserRequest[] = [];
    page.on('request', (r) => { if (r.url().endsWith('/resolve')) resolves.push(r); });
    // Resolve confirmed, then again while the first is still on its way.
    const confirm = page.getByRole('dialog', { name: 'Resolve this conversation?' }).getByRole('button', { name: 'Resolve' });
    await page.locator('#resolve-btn').click();
    await confirm.click();
    await page.locator('#resolve-btn').click();
    await confirm.click();
    await page.locator('#toast.show', { hasText: /^Resolved\. .*Saved, not delivered live: The customer's channel did not take the message within 2\.5 s\.$/ }).waitFor({ timeout: 8000 });
    expect(resolves).toHaveLength(1);
    expect((await srv.stores.handoffs.get(id))!.status).toBe('resolved');
    expect(agent.errors).toEqual([]);
    await page.close();
  });

  it('sends a reply whose answer was lost again with the same key, and the server stores it once', async () => {
    const agent = await openConsole(browser, srv.url);
    const { page } = agent;
    await agent.signIn('ann', 'ann-password');
    const id = await claimInConsole(agent);

    // The first attempt reaches the server, which stores the reply, but the answer never comes back.
    const keys: string[] = [];
    let lose = true;
    await page.route('**/reply', async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (!lose) return route.continue();
      lose = false;
      await route.fetch();
      await route.abort('connectionreset');
    });
    const input = page.getByLabel('Message', { exact: true });
    await input.fill('I have refunded order 12346.');
    await input.press('Enter');
    await page.locator('#toast.show.error', { hasText: 'cannot be reached' }).waitFor();
    await expect(input.inputValue()).resolves.toBe('I have refunded order 12346.');
    await input.press('Enter');
    await page.locator('#toast.show', { hasText: 'Sent to the customer.' }).waitFor();
    await composerEmptied(page);
    await expect(input.inputValue()).resolves.toBe('');
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(await agentTexts(id)).toEqual(['I have refunded order 12346.']);

    // A new action gets a new key.
    await input.fill('Anything else I can do?');
    await input.press('Enter');
    await page.locator('#toast.show', { hasText: 'Sent to the customer.' }).waitFor();
    expect(keys).toHaveLength(3);
    expect(keys[2]).not.toBe(keys[0]);
    expect(await agentTexts(id)).toEqual(['I have refunded order 12346.', 'Anything else I can do?']);
    expect(agent.errors).toEqual([]);
    await page.close();
  });

  it('empties the composer as soon as the server confirms the reply, before the conversation has reloaded', async () => {
    const agent = await openConsole(browser, srv.url);
    const { page } = agent;
    await agent.signIn('ann', 'ann-password');
    const id = await claimInConsole(agent);

    // The conversation's reload after the reply is held until the box has been seen empty.
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => { release = resolve; });
    let held = 0;
    await page.route(`**/api/agent/handoffs/${id}`, async (route) => {
      if (route.request().method() !== 'GET') return route.continue();
      held++;
      await released;
      await route.continue();
    });
    const input = page.getByLabel('Message', { exact: true });
    await input.fill('Your refund is on its way.');
    await input.press('Enter');
    await page.locator('#toast.show', { hasText: 'Sent to the customer.' }).waitFor();
    await composerEmptied(page);
    expect(held).toBeGreaterThanOrEqual(1);
    const reloaded = page.waitForResponse((r) => r.url().endsWith(`/api/agent/handoffs/${id}`) && r.request().method() === 'GET');
    release();
    await reloaded;
    await page.unrouteAll({ behavior: 'wait' });
    expect(await agentTexts(id)).toEqual(['Your refund is on its way.']);
    expect(agent.errors).toEqual([]);
    await page.close();
  });
});
