// The agent console keeps customers' text as text, and sends an agent whose session ended back to
// the sign-in form.
import type { Browser } from 'playwright-core';
import { launchChromium, screenshotPath } from '../../support/chromium';
import { callJson, restCustomer, startAgentConsoleServer, type AgentConsoleServer } from '../../support/agentConsoleServer';
import { openConsole } from '../../support/consolePage';

describe('the agent console with hostile text and ended sessions', () => {
  let srv: AgentConsoleServer;
  let browser: Browser;

  beforeAll(async () => {
    [srv, browser] = await Promise.all([startAgentConsoleServer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser.close();
    await srv.close();
  });

  it('shows HTML a customer typed as literal text and never runs it', async () => {
    const agent = await openConsole(browser, srv.url);
    const { page } = agent;
    await agent.signIn('bob', 'bob-password');
    const img = '<img src=x onerror=window.__xss=1>';
    const script = '<script>window.__xss=2</script>';
    const customer = restCustomer(srv.url, 'mallory');
    await customer.say(`${img} hello`);
    await customer.say('I want to talk to a human');
    await customer.say(`${script} are you there?`);
    await customer.say(`${img}${script}`);

    await agent.queueItem(customer.conversationId!).click();
    await page.locator('#transcript .from-customer .bubble', { hasText: `${img}${script}` }).waitFor();
    await expect(page.locator('#transcript .from-customer .bubble').allTextContents()).resolves.toEqual([
      `${img} hello`, 'I want to talk to a human', `${script} are you there?`, `${img}${script}`,
    ]);
    await page.waitForTimeout(300);
    await expect(page.evaluate('window.__xss')).resolves.toBeUndefined();
    await expect(page.locator('.conversation img, .conversation script, .queue img, .queue script').count()).resolves.toBe(0);
    await expect(page.locator('img[src=x]').count()).resolves.toBe(0);
    expect(agent.errors).toEqual([]);
    await page.close();
  });

  it('goes back to the sign-in form when the session has ended, and signs in again', async () => {
    const agent = await openConsole(browser, srv.url);
    const { page } = agent;
    await agent.signIn('ann', 'ann-password');
    const customer = restCustomer(srv.url, 'kim');
    await customer.say('I need a human please');
    await agent.queueItem(customer.conversationId!).waitFor();

    await callJson(srv.url, 'POST', '/api/agent/logout', {}, await agent.token());
    await agent.queueItem(customer.conversationId!).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await expect(page.locator('#signin-error').textContent()).resolves.toBe('Your session has ended. Please sign in again.');
    await expect(page.locator('#desk').isHidden()).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath('agent-console-signin.png') });
    await expect(page.evaluate("sessionStorage.getItem('baton.agentConsole.session')")).resolves.toBeNull();

    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#signin-error', { hasText: 'That agent id and password do not match.' }).waitFor();
    await agent.signIn('ann', 'ann-password');
    await agent.queueItem(customer.conversationId!).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('#signin-error', { hasText: 'You have signed out.' }).waitFor();
    expect(agent.errors).toEqual([]);
    await page.close();
  });
});
