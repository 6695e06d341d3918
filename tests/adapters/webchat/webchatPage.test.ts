// The web chat page in headless Chromium against a real server: the welcome, a typed message, a
// card with its link, a quick reply pressed, customer text kept as text, and a phone-sized screen.
import type { Browser, Page } from 'playwright-core';
import type { Runtime } from '../../../src/runtime/createRuntime';
import { launchChromium, screenshotPath } from '../../support/chromium';
import { startDirectLineServer, type DirectLineServer } from '../../support/directLineServer';

describe('the web chat page', () => {
  let srv: DirectLineServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [srv, browser] = await Promise.all([startDirectLineServer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser.close();
    await srv.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1100, height: 860 } });
    page.setDefaultTimeout(10_000);
  });
  afterEach(() => page.close());

  const type = async (text: string): Promise<void> => {
    await page.fill('#input', text);
    await page.press('#input', 'Enter');
  };
  const botSays = (text: string | RegExp) => page.locator('.row.bot .bubble', { hasText: text }).last();

  it('welcomes the customer, answers what they type, shows cards and sends the payload of a pressed quick reply', async () => {
    await page.goto(srv.origin);
    await expect(page.title()).resolves.toBe('Acme Support');
    await botSays(/^(Hi|Hello)/).waitFor();
    await expect(page.locator('#status').textContent()).resolves.toBe('Online');
    await expect(page.locator('.chip').allTextContents()).resolves.toEqual(['Track my order', 'Return an item', 'Talk to a person']);

    await type('where is order #12346? my email is sam@example.com');
    await botSays('has been delivered').waitFor();
    const link = page.locator('.card a.card-button');
    await expect(link.textContent()).resolves.toBe("Track on the courier's site");
    await expect(link.getAttribute('href')).resolves.toBe('https://example.com/track');
    await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer');

    await type('I want to return order #12346, it arrived broken');
    await botSays('Shall I email you a free return label').waitFor();
    await page.locator('.chip', { hasText: 'Yes, send it' }).click();
    await botSays('Done: a return label for order 12346 is on its way to your inbox.').waitFor();
    await expect(page.locator('.row.user .bubble').allTextContents()).resolves.toEqual([
      'where is order #12346? my email is sam@example.com', 'I want to return order #12346, it arrived broken', 'Yes, send it',
    ]);
    await expect(page.locator('.row.user.sending').count()).resolves.toBe(0);
    await page.locator('.chip').first().waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: screenshotPath('webchat.png') });
  });

  it('shows a message with HTML in it as text and never runs it', async () => {
    await page.goto(srv.origin);
    await botSays(/^(Hi|Hello)/).waitFor();
    const evil = '<img src=x onerror=window.__xss=1> <b>bold?</b>';
    await type(evil);
    await page.locator('.row.user .bubble', { hasText: evil }).waitFor();
    await page.locator('.row.bot').nth(1).waitFor();
    await expect(page.evaluate('window.__xss')).resolves.toBeUndefined();
    await expect(page.locator('.bubble img, .bubble b').count()).resolves.toBe(0);
  });

  it('fits a phone screen without sideways scrolling, even with a long unbroken word', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(srv.origin);
    await botSays(/^(Hi|Hello)/).waitFor();
    await type(`https://example.com/${'a'.repeat(200)}`);
    await page.locator('.row.bot').nth(1).waitFor();
    const widths = await page.evaluate<{ scroll: number; client: number }>('({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })');
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    const box = await page.locator('#composer').boundingBox();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(740);
    await page.screenshot({ path: screenshotPath('webchat-phone.png') });
  });
});

describe('the web chat page while the bot is working on an answer', () => {
  let srv: DirectLineServer;
  let browser: Browser;
  beforeAll(async () => {
    const slow = (runtime: Runtime): Runtime => ({
      ...runtime,
      bot: runtime.bot,
      message: async (id, input) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        return runtime.message(id, input);
      },
    });
    [srv, browser] = await Promise.all([startDirectLineServer({ wrapRuntime: slow }), launchChromium()]);
  });
  afterAll(async () => {
    await browser.close();
    await srv.close();
  });

  it('shows the typing indicator until the answer arrives', async () => {
    const page = await browser.newPage();
    await page.goto(srv.origin);
    await page.locator('.row.bot .bubble').first().waitFor();
    await page.fill('#input', 'how much is shipping?');
    await page.press('#input', 'Enter');
    await page.locator('.typing').waitFor({ state: 'visible' });
    await page.locator('.row.bot .bubble', { hasText: /^Shipping is free/ }).waitFor();
    await page.locator('.typing').waitFor({ state: 'detached' });
    await page.close();
  });
});

describe('the web chat page files', () => {
  let srv: DirectLineServer;
  beforeAll(async () => {
    srv = await startDirectLineServer();
  });
  afterAll(() => srv.close());

  it('are served with their types, a content security policy on the page, and nothing else from the folder', async () => {
    const page = await fetch(`${srv.origin}/`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<h1 id="bot-name">Acme Support</h1>');
    for (const [file, type] of [['webchat.js', 'text/javascript; charset=utf-8'], ['webchat.css', 'text/css; charset=utf-8'], ['icon.svg', 'image/svg+xml']]) {
      const res = await fetch(`${srv.origin}/webchat/${file}`);
      expect([file, res.status, res.headers.get('content-type')]).toEqual([file, 200, type]);
    }
    for (const file of ['webchatPage.ts', 'index.html', '..%2Fdirectline%2FtokenSigner.ts', 'nothing.js']) {
      expect([file, (await fetch(`${srv.origin}/webchat/${file}`)).status]).toEqual([file, 404]);
    }
  });

  it('hand out a token for a new conversation to the page', async () => {
    const res = await fetch(`${srv.origin}/webchat/token`, { method: 'POST' });
    expect(await res.json()).toEqual({ conversationId: expect.stringMatching(/^dl-/), token: expect.any(String), expires_in: 1800 });
  });
});
