// An agent sends a file from the console: "Attach a file" uploads it for the open conversation, it is
// listed under the box (with a button to take it off), and goes with the reply; the customer in Baton's
// web chat page sees the image under the agent's name, and the console shows it in the transcript.
// The context card lists the file. A file of a type the server does not take is refused with its reason. Both pages in Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startAgentConsoleServer, type AgentConsoleServer } from '../../support/agentConsoleServer';
import { screenshotState, seriousAxeViolations } from '../../support/axeCheck';
import { launchChromium } from '../../support/chromium';
import { openConsole } from '../../support/consolePage';

const IMAGE = readFileSync(join(__dirname, '..', '..', '..', 'adapters', 'botframework', 'teams-app', 'color.png'));
const PDF = Buffer.from('%PDF-1.4\n%\xe2\xe3\n1 0 obj\n<<>>\nendobj\n', 'latin1');

/** The natural width of the first image matching `selector` once it has loaded (0 if it failed). */
const loadedWidth = (page: Page, selector: string): Promise<number> => page.locator(selector).first().evaluate(new Function('img', `
  return img.complete && img.naturalWidth > 0 ? img.naturalWidth
    : new Promise((resolve) => { img.addEventListener('load', () => resolve(img.naturalWidth)); img.addEventListener('error', () => resolve(0)); });`) as (img: unknown) => Promise<number>);

describe('an agent sending a file from the console', () => {
  let srv: AgentConsoleServer;
  let browser: Browser;

  beforeAll(async () => {
    [srv, browser] = await Promise.all([startAgentConsoleServer({ webchat: true }), launchChromium()]);
  });
  afterAll(async () => {
    await browser.close();
    await srv.close();
  });

  it('reaches the customer in the web chat page with the reply', async () => {
    // bypassCSP: axe's script goes in inline.
    const agent = await openConsole(await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true }), srv.url);
    await agent.signIn('ann', 'ann-password');
    const customer = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    customer.setDefaultTimeout(10_000);
    const errors: string[] = [];
    customer.on('pageerror', (err) => errors.push(err.message));
    await customer.goto(srv.url);
    await customer.locator('.row.bot .bubble').first().waitFor();
    await customer.fill('#input', 'I want to talk to a person');
    await customer.press('#input', 'Enter');
    await customer.locator('.row.bot .bubble', { hasText: /in the queue/ }).waitFor();

    await agent.open(/./);
    await agent.page.getByRole('button', { name: 'Claim' }).click();
    await agent.page.locator('#conv-status', { hasText: 'In progress' }).waitFor();

    const picker = agent.page.locator('#attach-input');
    await picker.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await agent.page.getByText('"notes.txt" cannot be attached: only PNG, JPEG, GIF, WebP or PDF files can.').waitFor();

    // Two files chosen, one taken off again: only the image goes.
    await picker.setInputFiles([{ name: 'label.png', mimeType: 'image/png', buffer: IMAGE }, { name: 'terms.pdf', mimeType: 'application/pdf', buffer: PDF }]);
    const chosen = agent.page.getByRole('list', { name: 'Files to send with the reply' });
    await chosen.getByText('terms.pdf').waitFor();
    await chosen.getByRole('button', { name: 'Remove terms.pdf' }).click();
    await expect(chosen.getByRole('listitem').allTextContents()).resolves.toEqual([expect.stringContaining('label.png')]);
    expect(await seriousAxeViolations(agent.page)).toEqual([]);
    await agent.page.getByLabel('Message', { exact: true }).fill('Here is your return label.');
    await agent.page.getByRole('button', { name: 'Send reply' }).click();
    await chosen.waitFor({ state: 'hidden' });

    const sent = customer.locator('.row.agent', { hasText: 'Here is your return label.' });
    await sent.waitFor();
    await expect(sent.locator('.file-image img').getAttribute('alt')).resolves.toBe('label.png');
    expect(await loadedWidth(customer, '.row.agent .file-image img')).toBeGreaterThan(0);
    await expect(customer.locator('.file-chip', { hasText: 'terms.pdf' }).count()).resolves.toBe(0);
    await screenshotState(customer, 'webchat-agent-file');

    const mine = agent.page.locator('#transcript .file-image img[alt="label.png"]');
    await mine.waitFor();
    expect(await loadedWidth(agent.page, '#transcript .file-image img[alt="label.png"]')).toBeGreaterThan(0);
    // The context card lists the conversation's files.
    const listed = agent.page.getByRole('region', { name: 'Files' }).getByRole('listitem');
    await listed.first().waitFor();
    await expect(listed.allTextContents()).resolves.toEqual(['label.pngPNG image · 1 KB · from an agent']);
    await expect(listed.getByRole('link', { name: 'label.png' }).getAttribute('href')).resolves.toMatch(/^\/attachments\/att_[\w-]+\?exp=\d+&sig=/);
    expect(await seriousAxeViolations(agent.page)).toEqual([]);
    await screenshotState(agent.page, 'console-agent-file');
    expect(agent.errors).toEqual([]);
    expect(errors).toEqual([]);
  });
});
