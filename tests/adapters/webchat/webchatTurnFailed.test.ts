// The web chat page when a message cannot be answered (the store out of reach): the customer sees the
// bot's turnFailed message as a bot line, not an error, and their message stays with a button to send
// it again; sent again once the store is back, it is answered and shown once. That holds whether the
// conversation's activity log still works (the line is in the conversation) or fails with the store
// (the line comes with the POST's error answer).
import type { Browser, Page } from 'playwright-core';
import type { ActivityLog } from '../../../adapters/directline/activityLog';
import { createMemoryActivityLog } from '../../../adapters/directline/memoryActivityLog';
import type { Runtime } from '../../../src/runtime/createRuntime';
import { launchChromium } from '../../support/chromium';
import { startDirectLineServer, type DirectLineServer } from '../../support/directLineServer';

interface FailingPage {
  storeDown: boolean;
  srv: DirectLineServer;
  page: Page;
}

/** A page on a server whose turns fail as a store fails while `storeDown`; with `logFails`, the activity log's appends too. */
function failingPage(error: () => Error, logFails: boolean): FailingPage {
  const ctx = { storeDown: false } as FailingPage;
  let browser: Browser;
  const failing = (runtime: Runtime): Runtime => ({ ...runtime, bot: runtime.bot, message: (id, input) => (ctx.storeDown ? Promise.reject(error()) : runtime.message(id, input)) });
  const memory = createMemoryActivityLog();
  const log: ActivityLog = { ...memory, append: (id, activities) => (logFails && ctx.storeDown ? Promise.reject(error()) : memory.append(id, activities)) };
  beforeAll(async () => {
    browser = await launchChromium();
    ctx.srv = await startDirectLineServer({ wrapRuntime: failing, log });
    ctx.page = await browser.newPage();
    ctx.page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await ctx.page.close();
    await browser.close();
    await ctx.srv.close();
  });
  return ctx;
}

/** Sends a message while the store is down, checks what the customer sees, then sends it again with the store back. */
async function failThenRecover(ctx: FailingPage, hidden: RegExp): Promise<void> {
  const { page, srv } = ctx;
  await page.goto(srv.origin);
  await page.locator('.row.bot .bubble').first().waitFor();
  await page.locator('#status', { hasText: 'Online' }).waitFor();
  ctx.storeDown = true;
  await page.fill('#input', 'how much is shipping?');
  await page.press('#input', 'Enter');

  const trouble = page.locator('.row.bot .bubble', { hasText: srv.runtime.bot.messages.turnFailed[0]! });
  await trouble.waitFor();
  const mine = page.locator('.row.user', { hasText: 'how much is shipping?' });
  const retry = mine.locator('button.retry', { hasText: 'Not answered. Tap to send it again.' });
  await retry.waitFor();
  await expect(mine.getAttribute('class')).resolves.toContain('failed');
  await expect(page.locator('.transcript').textContent()).resolves.not.toMatch(hidden);

  ctx.storeDown = false;
  await retry.click();
  await page.locator('.row.bot .bubble', { hasText: /^Shipping is free/ }).waitFor();
  await expect(mine.count()).resolves.toBe(1);
  await expect(trouble.count()).resolves.toBe(1);
  await expect(mine.getAttribute('class')).resolves.not.toContain('failed');
  await expect(mine.locator('button.retry').count()).resolves.toBe(0);
}

describe('the web chat page when a turn fails', () => {
  // Messages fail as a locked SQLite database fails.
  const ctx = failingPage(() => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }), false);
  it('shows the bot\'s turnFailed line, keeps the message to send again, and answers it once the store is back', () => failThenRecover(ctx, /503|store_unavailable|locked/));
});

describe('the web chat page when the store that keeps the conversation fails too', () => {
  // The activity log in the same store as the conversations (as on SQLite and Redis): nothing can be
  // appended while it is down, so the bot's turnFailed line comes with the POST's error answer.
  const ctx = failingPage(() => Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }), true);
  it('still shows the bot\'s turnFailed line, from the error answer, and the message to send again', () => failThenRecover(ctx, /503|store_unavailable|disk/));
});
