// The web chat page when a message cannot be answered (the store out of reach): the customer sees the
// bot's turnFailed message as a bot line, not an error, and their message stays with a button to send
// it again; sent again once the store is back, it is answered and shown once.
import type { Browser, Page } from 'playwright-core';
import type { ActivityLog } from '../../../adapters/directline/activityLog';
import { createMemoryActivityLog } from '../../../adapters/directline/memoryActivityLog';
import type { Runtime } from '../../../src/runtime/createRuntime';
import { launchChromium } from '../../support/chromium';
import { startDirectLineServer, type DirectLineServer } from '../../support/directLineServer';

describe('the web chat page when a turn fails', () => {
  let browser: Browser;
  let srv: DirectLineServer;
  let page: Page;
  let storeDown = false;
  /** Messages fail as a locked SQLite database fails while `storeDown`. */
  const failing = (runtime: Runtime): Runtime => ({
    ...runtime,
    bot: runtime.bot,
    message: (id, input) => (storeDown ? Promise.reject(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' })) : runtime.message(id, input)),
  });

  beforeAll(async () => {
    browser = await launchChromium();
    srv = await startDirectLineServer({ wrapRuntime: failing });
    page = await browser.newPage();
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await page.close();
    await browser.close();
    await srv.close();
  });

  it('shows the bot\'s turnFailed line, keeps the message to send again, and answers it once the store is back', async () => {
    await page.goto(srv.origin);
    await page.locator('.row.bot .bubble').first().waitFor();
    await page.locator('#status', { hasText: 'Online' }).waitFor();
    storeDown = true;
    await page.fill('#input', 'how much is shipping?');
    await page.press('#input', 'Enter');

    await page.locator('.row.bot .bubble', { hasText: srv.runtime.bot.messages.turnFailed[0]! }).waitFor();
    const mine = page.locator('.row.user', { hasText: 'how much is shipping?' });
    const retry = mine.locator('button.retry', { hasText: 'Not answered. Tap to send it again.' });
    await retry.waitFor();
    await expect(mine.getAttribute('class')).resolves.toContain('failed');
    await expect(page.locator('.transcript').textContent()).resolves.not.toMatch(/503|store_unavailable|locked/);

    storeDown = false;
    await retry.click();
    await page.locator('.row.bot .bubble', { hasText: /^Shipping is free/ }).waitFor();
    await expect(mine.count()).resolves.toBe(1);
    await expect(mine.getAttribute('class')).resolves.not.toContain('failed');
    await expect(mine.locator('button.retry').count()).resolves.toBe(0);
  });
});

describe('the web chat page when the store that keeps the conversation fails too', () => {
  let browser: Browser;
  let srv: DirectLineServer;
  let page: Page;
  let storeDown = false;
  const storeError = () => Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
  // The activity log in the same store as the conversations (as on SQLite and Redis): nothing can be
  // appended while it is down, so the bot's turnFailed line comes with the POST's error answer.
  const memory = createMemoryActivityLog();
  const log: ActivityLog = { ...memory, append: (id, activities) => (storeDown ? Promise.reject(storeError()) : memory.append(id, activities)) };
  const failing = (runtime: Runtime): Runtime => ({ ...runtime, bot: runtime.bot, message: (id, input) => (storeDown ? Promise.reject(storeError()) : runtime.message(id, input)) });

  beforeAll(async () => {
    browser = await launchChromium();
    srv = await startDirectLineServer({ wrapRuntime: failing, log });
    page = await browser.newPage();
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await page.close();
    await browser.close();
    await srv.close();
  });

  it('still shows the bot\'s turnFailed line, from the error answer, and the message to send again', async () => {
    await page.goto(srv.origin);
    await page.locator('.row.bot .bubble').first().waitFor();
    await page.locator('#status', { hasText: 'Online' }).waitFor();
    storeDown = true;
    await page.fill('#input', 'how much is shipping?');
    await page.press('#input', 'Enter');

    const trouble = page.locator('.row.bot .bubble', { hasText: srv.runtime.bot.messages.turnFailed[0]! });
    await trouble.waitFor();
    const mine = page.locator('.row.user', { hasText: 'how much is shipping?' });
    const retry = mine.locator('button.retry', { hasText: 'Not answered. Tap to send it again.' });
    await retry.waitFor();
    await expect(page.locator('.transcript').textContent()).resolves.not.toMatch(/503|store_unavailable|disk/);

    storeDown = false;
    await retry.click();
    await page.locator('.row.bot .bubble', { hasText: /^Shipping is free/ }).waitFor();
    await expect(mine.count()).resolves.toBe(1);
    await expect(trouble.count()).resolves.toBe(1);
  });
});
