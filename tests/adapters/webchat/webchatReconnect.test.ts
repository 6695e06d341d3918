// The web chat page keeps the conversation through bad connections: when the server drops its
// socket it reconnects from its last watermark, and when WebSockets never work it polls instead.
import type { Duplex } from 'node:stream';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../support/chromium';
import { startDirectLineServer, type DirectLineServer } from '../../support/directLineServer';

describe('the web chat page on a bad connection', () => {
  let browser: Browser;
  let srv: DirectLineServer;
  let page: Page;
  const sockets: Duplex[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());
  beforeEach(async () => {
    srv = await startDirectLineServer();
    sockets.length = 0;
    page = await browser.newPage();
    page.setDefaultTimeout(15_000);
  });
  afterEach(async () => {
    await page.close();
    await srv.close();
  });

  const conversationId = () => page.evaluate<string>("JSON.parse(sessionStorage.getItem('baton.webchat.conversation')).conversationId");
  const bubbles = () => page.locator('.row .bubble').allTextContents();

  it('reconnects after the server drops the socket, and shows what was sent meanwhile exactly once', async () => {
    srv.server.server.on('upgrade', (_req, socket: Duplex) => sockets.push(socket));
    await page.goto(srv.origin);
    await page.locator('.row.bot .bubble').first().waitFor();
    await page.locator('#status', { hasText: 'Online' }).waitFor();
    expect(sockets).toHaveLength(1);

    for (const socket of sockets) socket.destroy();
    const id = await conversationId();
    await srv.directLine.deliver?.(id, [{ text: 'Sorry for the wait: an agent is looking at your order.' }]);
    await srv.directLine.deliver?.(id, [{ text: 'Could you tell me the order number?' }]);

    await page.locator('.row.bot .bubble', { hasText: 'Could you tell me the order number?' }).waitFor();
    await page.locator('#status', { hasText: 'Online' }).waitFor();
    expect(sockets.length).toBeGreaterThanOrEqual(2);
    const shown = await bubbles();
    expect(shown).toHaveLength(3);
    expect(shown.slice(1)).toEqual(['Sorry for the wait: an agent is looking at your order.', 'Could you tell me the order number?']);

    await page.fill('#input', 'how much is shipping?');
    await page.press('#input', 'Enter');
    await page.locator('.row.bot .bubble', { hasText: /^Shipping is free/ }).waitFor();
  });

  it('falls back to polling when WebSockets never connect, and loses nothing', async () => {
    srv.server.server.prependListener('upgrade', (_req, socket: Duplex) => {
      sockets.push(socket);
      socket.destroy();
    });
    await page.goto(srv.origin);
    await page.locator('.row.bot .bubble').first().waitFor();
    expect(sockets.length).toBeGreaterThanOrEqual(3);
    await page.fill('#input', 'how much is shipping?');
    await page.press('#input', 'Enter');
    await page.locator('.row.bot .bubble', { hasText: /^Shipping is free/ }).waitFor();
    await srv.directLine.deliver?.(await conversationId(), [{ text: 'An agent has joined.' }]);
    await page.locator('.row.bot .bubble', { hasText: 'An agent has joined.' }).waitFor();
    await expect(page.locator('#status').textContent()).resolves.toBe('Online');
  });

  it('keeps the conversation when the page is reloaded', async () => {
    await page.goto(srv.origin);
    await page.locator('.row.bot .bubble').first().waitFor();
    await page.fill('#input', 'how much is shipping?');
    await page.press('#input', 'Enter');
    await page.locator('.row.bot .bubble', { hasText: /^Shipping is free/ }).waitFor();
    const before = await bubbles();
    const id = await conversationId();
    await page.reload();
    await page.locator('.row.bot .bubble', { hasText: /^Shipping is free/ }).waitFor();
    expect(await conversationId()).toBe(id);
    expect(await bubbles()).toEqual(before);
  });
});
