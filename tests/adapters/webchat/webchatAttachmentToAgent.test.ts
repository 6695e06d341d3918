// Done-when of attachments: Microsoft's Web Chat (its published bundle) on a shop's page of another
// origin talks to Baton's Direct Line, the customer asks for a person and attaches an image with Web
// Chat's own upload button; the agent signed in to the console sees the image itself in the transcript,
// loaded from Baton's signed file address; the customer sees the file sent in Web Chat.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startAgentConsoleServer, type AgentConsoleServer } from '../../support/agentConsoleServer';
import { loadedWidth } from '../../support/appInChromium';
import { screenshotState } from '../../support/axeCheck';
import { launchChromium } from '../../support/chromium';
import { openConsole } from '../../support/consolePage';
import { type LocalServer } from '../../support/localServers';
import { microsoftWebChatPage, serveMicrosoftWebChat } from '../../support/microsoftWebChat';

const ROOT = join(__dirname, '..', '..', '..');
const IMAGE = join(ROOT, 'adapters', 'botframework', 'teams-app', 'color.png');

describe('an image attached in Microsoft\'s Web Chat on another site', () => {
  let srv: AgentConsoleServer;
  let shop: LocalServer;
  let browser: Browser;

  beforeAll(async () => {
    [srv, browser] = await Promise.all([startAgentConsoleServer(), launchChromium()]);
    shop = await serveMicrosoftWebChat(() => microsoftWebChatPage(srv.url));
  });
  afterAll(async () => {
    await browser.close();
    await Promise.all([srv.close(), shop.close()]);
  });

  it('reaches the agent, who sees the image in the console', async () => {
    // The agent is at their desk first: the orders queue is staffed.
    const agent = await openConsole(browser, srv.url);
    await agent.signIn('ann', 'ann-password');
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(shop.url.replace('127.0.0.1', 'localhost'));
    const box = page.getByRole('textbox').first();
    await box.fill('I want to talk to a human');
    await box.press('Enter');
    await page.getByText(/in the queue/).first().waitFor();

    const uploaded = page.waitForResponse((r) => r.url().includes('/upload?userId='));
    await page.locator('input[type="file"]').first().setInputFiles(IMAGE);
    // Web Chat holds the chosen file for a caption until Send.
    await page.getByRole('button', { name: 'Send' }).click();
    expect((await uploaded).status()).toBe(200);
    // Web Chat shows the sent file (as a download card) once Baton has logged it.
    await page.locator('a', { hasText: 'color.png' }).last().waitFor();
    await screenshotState(page, 'webchat-attachment-customer');

    await agent.open(/./);
    const image = agent.page.locator('#transcript .msg.from-customer .file-image img');
    await image.first().waitFor();
    await expect(image.first().getAttribute('alt')).resolves.toBe('color.png');
    expect(await loadedWidth(agent.page, '#transcript .msg.from-customer .file-image img')).toBeGreaterThan(0);
    await screenshotState(agent.page, 'console-attachment');
    expect(agent.errors).toEqual([]);
    expect(errors).toEqual([]);
  });
});
