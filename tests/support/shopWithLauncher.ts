// A shop's site for the launcher's browser tests: the bot's server, a local site serving the page a
// test sets (reached at localhost, so another site than the bot's 127.0.0.1) and Chromium, started
// before a describe block's tests and closed after them; a new tab for each test, with the script
// errors it saw; and the chat's frame once the launcher has opened it.
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { startLocalServer, type LocalServer } from './localServers';

export interface ShopWithLauncher<S> {
  readonly bot: S;
  readonly browser: Browser;
  /** This test's tab (1280x800). */
  readonly page: Page;
  /** Script errors seen in this test's tab. */
  readonly errors: string[];
  /** The shop's address, on localhost. */
  readonly url: string;
  /** Sets the page the shop serves from now on. */
  serve(html: string): void;
  /** The launcher's frame of the chat page in this test's tab. */
  chatFrame(): Frame;
}

/** Call in a describe block; `startBot` starts the bot's server. Read the fields inside tests. */
export function shopWithLauncher<S extends { close(): Promise<void> }>(startBot: () => Promise<S>): ShopWithLauncher<S> {
  let bot: S | undefined;
  let shop: LocalServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let errors: string[] = [];
  let html = '';
  beforeAll(async () => {
    [bot, shop, browser] = await Promise.all([
      startBot(),
      startLocalServer((_req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(html); }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([bot?.close(), shop?.close()]);
  });
  beforeEach(async () => {
    page = await started(browser).newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(10_000);
    const seen: string[] = (errors = []);
    page.on('pageerror', (err) => seen.push(err.message));
  });
  afterEach(() => page?.close());
  return {
    get bot() { return started(bot); },
    get browser() { return started(browser); },
    get page() { return started(page); },
    get errors() { return errors; },
    get url() { return started(shop).url.replace('127.0.0.1', 'localhost'); },
    serve: (given) => { html = given; },
    chatFrame: () => {
      const frame = started(page).frames().find((f) => f.url().includes('embed=1'));
      if (!frame) throw new Error('no chat frame');
      return frame;
    },
  };
}

function started<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('shopWithLauncher is read before its beforeAll or beforeEach has run');
  return value;
}
