// The web chat page's and the launcher's words come from one catalogue, over which a bot's manifest
// (`webchat.words`) puts its own: a bot that renames the launcher's button, a status and its greeting
// sees them on a shop's page of another site and in the page in the launcher's frame, in Chromium;
// words it leaves alone keep their defaults, and the site's data-greeting wins over the bot's.
import { ENGLISH_PAGE_WORDS } from '../../../adapters/webchat/pageWords';
import type { CompiledBot } from '../../../src/config/compiledBot';
import type { Runtime } from '../../../src/runtime/createRuntime';
import { BASE_FILES, makeFixture } from '../../support/botFixture';
import { startDirectLineServer } from '../../support/directLineServer';
import { shopWithLauncher } from '../../support/shopWithLauncher';

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
  const shop = shopWithLauncher(() => {
    const webchat = compiledWebchat();
    return startDirectLineServer({ wrapRuntime: (runtime: Runtime): Runtime => ({ ...runtime, bot: { ...runtime.bot, webchat } }) });
  });
  const shopPage = (attributes: string): string => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head>
<body><main><h1>Shop</h1></main><script src="${shop.bot.origin}/embed.js" ${attributes}></script></body></html>`;

  it('are the bot\'s own where its manifest gives them, on the launcher and in the page in its frame', async () => {
    const { page, errors } = shop;
    shop.serve(shopPage(''));
    await page.goto(shop.url);
    const launcher = page.getByRole('button', { name: 'Chat with Acme', exact: true });
    await launcher.waitFor();
    await expect(page.locator('.greeting .text').textContent()).resolves.toBe("Need a hand? We're right here.");
    await expect(page.getByRole('button', { name: 'Open chat' }).count()).resolves.toBe(0);

    await launcher.click();
    await page.getByRole('button', { name: ENGLISH_PAGE_WORDS.launcherClose }).waitFor();
    const chat = shop.chatFrame();
    await chat.locator('.row.bot .bubble').first().waitFor();
    await chat.locator('#status', { hasText: /^Ready to help$/ }).waitFor();
    // Words the bot leaves alone keep the catalogue's.
    await expect(chat.getByRole('button', { name: 'Send' }).count()).resolves.toBe(1);
    await expect(chat.getByRole('textbox', { name: 'Your message' }).getAttribute('placeholder')).resolves.toBe('Type your message…');
    expect(errors).toEqual([]);
  });

  it('give way to the site\'s data-greeting', async () => {
    const { page, errors } = shop;
    shop.serve(shopPage('data-greeting="Hello from the shop."'));
    await page.goto(shop.url);
    await page.getByRole('button', { name: 'Chat with Acme', exact: true }).waitFor();
    await expect(page.locator('.greeting .text').textContent()).resolves.toBe('Hello from the shop.');
    expect(errors).toEqual([]);
  });

  it('fill the served page, escaped, leaving no placeholder behind', async () => {
    const { bot: srv } = shop;
    const served = await (await fetch(`${srv.origin}/`)).text();
    expect(served).toContain('<p id="status" class="status" data-state="connecting" role="status">Connecting…</p>');
    expect(served).toContain('aria-label="New conversation"');
    expect(served).toContain("This conversation will end here and you won&#39;t see it again on this page.");
    const json = /<script type="application\/json" id="page-words">([^<]*)<\/script>/;
    // The sample speaks three languages: every language's words go to the scripts too.
    const languages = /<script type="application\/json" id="page-languages">([^<]*)<\/script>/;
    // Outside comments and the words handed to the scripts (whose {{count}} the launcher fills), no placeholder is left.
    expect(served.replace(/<!--[\s\S]*?-->/g, '').replace(json, '').replace(languages, '')).not.toContain('{{');
    expect(Object.keys(JSON.parse(served.match(languages)![1]!) as object)).toEqual(['en', 'es', 'de']);
    const words = JSON.parse(served.match(json)![1]!) as Record<string, unknown>;
    expect(words).toMatchObject({ launcherOpen: 'Chat with Acme', statusOnline: 'Ready to help', send: 'Send' });
  });
});
