// The launcher (GET /embed.js) on a shop's page served from another site (localhost, while the bot
// is at 127.0.0.1), in Chromium against the whole app: one script tag gives a themed button that
// opens the chat in a framed panel, Escape closes it and gives focus back, messages that come while
// it is closed show as a count, and a reload of the shop's page finds the same conversation. The
// host page's globals and styles are left alone, and bad data-* values fall back to defaults.
import type { Locator } from 'playwright-core';
import { startAgentConsoleServer } from '../../support/agentConsoleServer';
import { signInAgent } from '../../support/agentOverApi';
import { seriousAxeViolations, screenshotState } from '../../support/axeCheck';
import { shopWithLauncher } from '../../support/shopWithLauncher';

/** A shop's page: hostile styles for buttons and `.launcher`, its globals noted before the script runs. */
function shopPage(botUrl: string, attributes: string, twice = false): string {
  const tag = `<script src="${botUrl}/embed.js" ${attributes}></script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<style>button { background: red !important; height: 10px !important; } .launcher { width: 300px; }</style>
<script>document.documentElement.dataset.globals = JSON.stringify(Object.getOwnPropertyNames(window));</script>
</head><body><main><h1>Shop</h1><button class="launcher" id="shop-button">Shop's own</button></main>
${tag}${twice ? tag : ''}</body></html>`;
}

/** A function to run in the page on an element, from its body's source text; and a computed style property of an element (evaluated as source text: the tests have no DOM types). */
const inPage = <T>(body: string) => new Function('node', body) as (node: unknown) => T;
const style = (locator: Locator, property: string): Promise<string> => locator.evaluate(inPage<string>(`return getComputedStyle(node).${property};`));

describe('the launcher on another site', () => {
  const shop = shopWithLauncher(() => startAgentConsoleServer({ webchat: true }));
  const { chatFrame } = shop;
  /** What has focus in the shop's page: inside the launcher's shadow root when it is there. */
  const shopFocus = (): Promise<string> => shop.page.evaluate("(document.activeElement.shadowRoot?.activeElement ?? document.activeElement).className");

  it('opens the chat in a panel, closes on Escape, counts messages that came while closed, and keeps the conversation after a reload', async () => {
    const { page, errors, bot: srv } = shop;
    shop.serve(shopPage(srv.url, 'data-color="#0f766e" data-position="left" data-greeting="Questions? Ask us."'));
    const ann = await signInAgent(srv, 'ann', 'ann-password');
    await page.goto(shop.url);
    const launcher = page.getByRole('button', { name: 'Open chat' });
    await launcher.waitFor();
    await expect(page.getByText('Questions? Ask us.').isVisible()).resolves.toBe(true);
    const box = (await launcher.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.x).toBeLessThan(100);
    await expect(style(launcher, 'backgroundColor')).resolves.toBe('rgb(15, 118, 110)');
    // The shop keeps its globals and styles; its own .launcher button is untouched by ours.
    expect(await page.evaluate("Object.getOwnPropertyNames(window).filter((n) => !JSON.parse(document.documentElement.dataset.globals).includes(n) && !/^\\d+$/.test(n))")).toEqual([]);
    await expect(page.locator('#shop-button').evaluate(inPage<[number, string]>('return [node.getBoundingClientRect().width, getComputedStyle(node).backgroundColor];'))).resolves.toEqual([300, 'rgb(255, 0, 0)']);
    await screenshotState(page, 'launcher-closed');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await launcher.click();
    await expect(page.getByRole('button', { name: 'Close chat' }).getAttribute('aria-expanded')).resolves.toBe('true');
    const chat = chatFrame();
    await chat.locator('.row.bot .bubble').first().waitFor();
    await chat.waitForFunction("document.activeElement.id === 'input'");
    await expect(page.getByText('Questions? Ask us.').isVisible()).resolves.toBe(false);
    await chat.locator('#input').fill('I want to talk to a person');
    await chat.locator('#input').press('Enter');
    await chat.locator('.row.bot .bubble', { hasText: /number 1 in the queue/ }).waitFor();
    const [waiting] = await srv.app.service.store.list({ statuses: ['waiting'] });
    await page.waitForTimeout(300);
    await screenshotState(page, 'launcher-open');

    await chat.locator('#input').press('Escape');
    await page.getByRole('dialog', { name: 'Chat' }).waitFor({ state: 'hidden' });
    await expect(shopFocus()).resolves.toBe('launcher');

    const handoff = await ann.claim(waiting!.conversationId);
    await ann.reply(handoff, 'Hi, Ann here. How can I help?');
    const unread = page.getByRole('button', { name: 'Open chat, 2 unread messages' });
    await unread.waitFor();
    await expect(page.locator('.badge').textContent()).resolves.toBe('2');
    await screenshotState(page, 'launcher-unread');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.reload();
    await page.getByRole('button', { name: 'Open chat, 2 unread messages' }).click();
    const again = chatFrame();
    await again.locator('.row.agent .bubble', { hasText: 'Ann here' }).waitFor();
    await again.locator('.row.user .bubble', { hasText: 'I want to talk to a person' }).waitFor();
    await expect(page.locator('.badge').isVisible()).resolves.toBe(false);

    // The page's own minimise button closes the panel too; read messages no longer count.
    await again.getByRole('button', { name: 'Minimise chat' }).click();
    await page.getByRole('dialog', { name: 'Chat' }).waitFor({ state: 'hidden' });
    await expect(shopFocus()).resolves.toBe('launcher');
    await expect(page.getByRole('button', { name: 'Open chat' }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it('opens the panel again after a reload when the customer left it open, without taking the focus, and keeps it closed once closed', async () => {
    const { page, errors, bot: srv } = shop;
    shop.serve(shopPage(srv.url, ''));
    await page.goto(shop.url);
    await page.getByRole('button', { name: 'Open chat' }).click();
    await chatFrame().locator('.row.bot .bubble').first().waitFor();

    await page.reload();
    const close = page.getByRole('button', { name: 'Close chat' });
    await close.waitFor();
    await expect(close.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.getByRole('dialog', { name: 'Chat' }).waitFor();
    await chatFrame().locator('.row.bot .bubble').first().waitFor();
    await expect(shopFocus()).resolves.not.toBe('launcher');
    await expect(page.evaluate("document.activeElement.tagName")).resolves.toBe('BODY');

    await close.click();
    await page.getByRole('dialog', { name: 'Chat' }).waitFor({ state: 'hidden' });
    await page.reload();
    const open = page.getByRole('button', { name: 'Open chat' });
    await open.waitFor();
    await expect(open.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.getByRole('dialog', { name: 'Chat' }).isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
  });

  it('falls back to its defaults for values it cannot use, and adds one launcher however often it is included', async () => {
    const { page, errors, bot: srv } = shop;
    shop.serve(shopPage(srv.url, `data-color="red; background: url(x)" data-position="middle" data-greeting="   "`, true));
    await page.goto(shop.url);
    const launcher = page.getByRole('button', { name: 'Open chat' });
    await launcher.waitFor();
    await expect(page.locator('[data-baton-launcher]').count()).resolves.toBe(1);
    await expect(style(launcher, 'backgroundColor')).resolves.toBe('rgb(79, 70, 229)');
    expect((await launcher.boundingBox())!.x).toBeGreaterThan(1280 - 100);
    await expect(page.locator('.greeting').isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);

    shop.serve(shopPage(srv.url, `data-color="#fde047" data-greeting="${'Long greeting. '.repeat(20)}"`));
    await page.goto(shop.url);
    await launcher.waitFor();
    // A light colour gets dark ink; a long greeting is cut to 140 characters.
    await expect(style(launcher, 'color')).resolves.toBe('rgb(17, 24, 39)');
    await expect(page.locator('.greeting .text').evaluate(inPage<number>('return node.textContent.length;'))).resolves.toBe(140);
    expect(errors).toEqual([]);
  });
});
