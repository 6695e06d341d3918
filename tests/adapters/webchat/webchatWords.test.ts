// The web chat page's and the launcher's words come from one catalogue, over which a bot's manifest
// (`webchat.words`) puts its own: a bot that renames the launcher's button, a status and its greeting
// sees them on a shop's page of another site and in the page in the launcher's frame, in Chromium;
// words it leaves alone keep their defaults, and the site's data-greeting wins over the bot's.
import type { Browser, Frame, Page } from 'playwright-core';
import { ENGLISH_PAGE_WORDS } from '../../../adapters/webchat/pageWords';
import type { CompiledBot } from '../../../src/config/compiledBot';
import type { Runtime } from '../../../src/runtime/createRuntime';
import { BASE_FILES, makeFixture } from '../../support/botFixture';
import { launchChromium } from '../../support/chromium';
import { startDirectLineServer, type DirectLineServer } from '../../support/directLineServer';
import { startLocalServer, type LocalServer } from '../../support/localServers';

const MANIFEST = `webchat:
  words:
    launcherOpen: Chat with Acme
    launcherGreeting: Need a hand? We're right here.
    statusOnline: Ready to help
    launcherOpenUnread: { one: "Chat with Acme ({{count}} new)", other: "Chat with Acme ({{count}} new)" }
`;

/** The bot's webchat settings as the loader compiles them from a manifest. */
function compiledWebchat(): CompiledBot['webchat'] {
  const fixture = makeFixture({ 'bots/shop.yaml': `${BASE_FILES['bots/shop.yaml']}${MANIFEST}` });
  try {
    const { bot, problems } = fixture.load();
    if (!bot) throw new Error(problems.map((p) => p.message).join('\n'));
    return bot.webchat;
  } finally {
    fixture.remove();
  }
}

describe('the web chat page\'s words', () => {
  let srv: DirectLineServer;
  let shop: LocalServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let html = '';

  beforeAll(async () => {
    const webchat = compiledWebchat();
    [srv, shop, browser] = await Promise.all([
      startDirectLineServer({ wrapRuntime: (runtime: Runtime): Runtime => ({ ...runtime, bot: { ...runtime.bot, webchat } }) }),
      startLocalServer((_req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(html); }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser.close();
    await Promise.all([srv.close(), shop.close()]);
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(10_000);
    errors = [];
    page.on('pageerror', (err) => errors.push(err.message));
  });
  afterEach(() => page.close());

  const shopPage = (attributes: string): string => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head>
<body><main><h1>Shop</h1></main><script src="${srv.origin}/embed.js" ${attributes}></script></body></html>`;
  const chatFrame = (): Frame => {
    const frame = page.frames().find((f) => f.url().includes('embed=1'));
    if (!frame) throw new Error('no chat frame');
    return frame;
  };

  it('are the bot\'s own where its manifest gives them, on the launcher and in the page in its frame', async () => {
    html = shopPage('');
    await page.goto(shop.url.replace('127.0.0.1', 'localhost'));
    const launcher = page.getByRole('button', { name: 'Chat with Acme', exact: true });
    await launcher.waitFor();
    await expect(page.locator('.greeting .text').textContent()).resolves.toBe("Need a hand? We're right here.");
    await expect(page.getByRole('button', { name: 'Open chat' }).count()).resolves.toBe(0);

    await launcher.click();
    await page.getByRole('button', { name: ENGLISH_PAGE_WORDS.launcherClose }).waitFor();
    const chat = chatFrame();
    await chat.locator('.row.bot .bubble').first().waitFor();
    await chat.locator('#status', { hasText: /^Ready to help$/ }).waitFor();
    // Words the bot leaves alone keep the catalogue's.
    await expect(chat.getByRole('button', { name: 'Send' }).count()).resolves.toBe(1);
    await expect(chat.getByRole('textbox', { name: 'Your message' }).getAttribute('placeholder')).resolves.toBe('Type your message…');
    expect(errors).toEqual([]);
  });

  it('give way to the site\'s data-greeting', async () => {
    html = shopPage('data-greeting="Hello from the shop."');
    await page.goto(shop.url.replace('127.0.0.1', 'localhost'));
    await page.getByRole('button', { name: 'Chat with Acme', exact: true }).waitFor();
    await expect(page.locator('.greeting .text').textContent()).resolves.toBe('Hello from the shop.');
    expect(errors).toEqual([]);
  });

  it('fill the served page, escaped, leaving no placeholder behind', async () => {
    const served = await (await fetch(`${srv.origin}/`)).text();
    expect(served).toContain('<p id="status" class="status" data-state="connecting" role="status">Connecting…</p>');
    expect(served).toContain('aria-label="New conversation"');
    expect(served).toContain("This conversation will end here and you won&#39;t see it again on this page.");
    const json = /<script type="application\/json" id="page-words">([^<]*)<\/script>/;
    // Outside comments and the words handed to the scripts (whose {{count}} the launcher fills), no placeholder is left.
    expect(served.replace(/<!--[\s\S]*?-->/g, '').replace(json, '')).not.toContain('{{');
    const words = JSON.parse(served.match(json)![1]!) as Record<string, unknown>;
    expect(words).toMatchObject({ launcherOpen: 'Chat with Acme', statusOnline: 'Ready to help', send: 'Send' });
  });
});
