// The web chat page in Chromium keeps its conversation when the server behind it is killed and
// started again on the same data folder and port: it reconnects to the same conversation with its
// token and watermark, shows nothing twice, and the flow goes on where it was.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { writeAlwaysOpenSampleBot } from '../../support/alwaysOpenSampleBot';
import { startBaton, type BatonProcess } from '../../support/batonProcess';
import { launchChromium } from '../../support/chromium';

describe('the web chat page when its server restarts', () => {
  let browser: Browser;
  let page: Page;
  let dataDir: string;
  let server: BatonProcess | undefined;

  beforeAll(async () => { browser = await launchChromium(); });
  afterAll(() => browser.close());
  afterEach(async () => {
    await page.close();
    await server?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('carries on with the same conversation after a SIGKILL, without starting a new one', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'baton-webchat-page-restart-'));
    const manifest = writeAlwaysOpenSampleBot(dataDir);
    server = await startBaton(manifest, { BATON_DATA_DIR: dataDir });
    page = await browser.newPage();
    page.setDefaultTimeout(30_000);
    const conversationId = () => page.evaluate<string>("JSON.parse(sessionStorage.getItem('baton.webchat.conversation')).conversationId");
    const bubbles = () => page.locator('.row .bubble').allTextContents();

    await page.goto(server.url);
    await page.locator('#status', { hasText: /Online|Bot only/ }).waitFor();
    await page.fill('#input', 'I want to return order #12346, it arrived broken');
    await page.press('#input', 'Enter');
    await page.locator('.row.bot .bubble', { hasText: 'Shall I email you a free return label for your phone charger?' }).waitFor();
    const id = await conversationId();
    const before = await bubbles();

    const port = new URL(server.url).port;
    await server.kill();
    await page.locator('#status', { hasText: /Reconnecting|Offline/ }).waitFor();
    server = await startBaton(manifest, { BATON_DATA_DIR: dataDir, PORT: port });
    await page.locator('#status', { hasText: /Online|Bot only/ }).waitFor();

    expect(await conversationId()).toBe(id);
    expect(await bubbles()).toEqual(before);
    await expect(page.locator('.note', { hasText: 'Starting a new one' }).count()).resolves.toBe(0);
    await page.locator('#suggestions button', { hasText: 'Yes, send it' }).click();
    await page.locator('.row.bot .bubble', { hasText: 'Done: a return label for order 12346 is on its way to your inbox.' }).waitFor();
    const after = await bubbles();
    expect(after.slice(0, before.length)).toEqual(before);
    // The answer is the flow's next step, right after the customer's tap: no fallback in between.
    expect(after.slice(before.length, before.length + 2)).toEqual(['Yes, send it', 'Done: a return label for order 12346 is on its way to your inbox.']);
  }, 180_000);
});
