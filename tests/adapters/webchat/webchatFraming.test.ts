// Who may frame the web chat page: any site by default (the launcher of /embed.js frames it), only
// the manifest's webchat.embedOrigins when it lists them, only the bot's own pages when the list is
// empty; the agent console never. In Chromium, a site the list leaves out gets no chat and no button.
import type { Browser } from 'playwright-core';
import type { CompiledBot } from '../../../src/config/compiledBot';
import type { Runtime } from '../../../src/runtime/createRuntime';
import { startAgentConsoleServer } from '../../support/agentConsoleServer';
import { launchChromium } from '../../support/chromium';
import { startDirectLineServer, type DirectLineServer } from '../../support/directLineServer';
import { startLocalServer } from '../../support/localServers';

/** The sample bot with other web chat settings. */
const withWebchat = (webchat: CompiledBot['webchat']) => (runtime: Runtime): Runtime => ({ ...runtime, bot: { ...runtime.bot, webchat } });

describe('framing the web chat page', () => {
  const servers: DirectLineServer[] = [];
  afterAll(async () => { await Promise.all(servers.map((s) => s.close())); });
  const start = async (webchat: CompiledBot['webchat']): Promise<DirectLineServer> => {
    const srv = await startDirectLineServer({ wrapRuntime: withWebchat(webchat) });
    servers.push(srv);
    return srv;
  };
  const headers = async (url: string): Promise<[string | null, string | null]> => {
    const res = await fetch(url);
    await res.arrayBuffer();
    return [res.headers.get('content-security-policy')?.match(/frame-ancestors [^;]*/)?.[0] ?? null, res.headers.get('x-frame-options')];
  };

  it('is open to any site by default, to the listed ones when the manifest lists them, and to none with an empty list', async () => {
    const [any, listed, none] = await Promise.all([start(undefined), start({ embedOrigins: ['https://shop.example.com', 'https://*.example.org'] }), start({ embedOrigins: [] })]);
    await expect(headers(`${any.origin}/`)).resolves.toEqual(['frame-ancestors *', null]);
    await expect(headers(`${listed.origin}/?embed=1`)).resolves.toEqual(["frame-ancestors 'self' https://shop.example.com https://*.example.org", null]);
    await expect(headers(`${none.origin}/`)).resolves.toEqual(["frame-ancestors 'self'", 'SAMEORIGIN']);
  });

  it('shows no privacy notice when the manifest gives none, and lays the page out for the frame with ?embed', async () => {
    const srv = await start({ embedOrigins: [] });
    const [plain, embedded] = await Promise.all([fetch(`${srv.origin}/`).then((r) => r.text()), fetch(`${srv.origin}/?embed=1`).then((r) => r.text())]);
    expect(plain).not.toContain('id="privacy"');
    expect(plain).toContain('<html lang="en-GB" class="">');
    expect(embedded).toContain('<html lang="en-GB" class="embedded">');
  });

  it('serves embed.js to any site as a script', async () => {
    const srv = await start(undefined);
    const res = await fetch(`${srv.origin}/embed.js`);
    expect([res.status, res.headers.get('content-type'), res.headers.get('cross-origin-resource-policy')]).toEqual([200, 'text/javascript; charset=utf-8', 'cross-origin']);
    expect(await res.text()).toContain('data-baton-launcher');
  });

  it('keeps the agent console unframeable', async () => {
    const app = await startAgentConsoleServer({ webchat: true });
    try {
      const [policy, frameOptions] = await headers(`${app.url}/agent`);
      expect(policy).toBe("frame-ancestors 'none'");
      expect(frameOptions).toBe('DENY');
    } finally {
      await app.close();
    }
  });

  describe('in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => { browser = await launchChromium(); });
    afterAll(() => browser.close());

    it('refuses the frame to a site the manifest leaves out, whose page then shows no launcher', async () => {
      const srv = await start({ embedOrigins: ['https://shop.example.com'] });
      const shop = await startLocalServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html lang="en"><title>Shop</title><body><h1>Shop</h1><script src="${srv.origin}/embed.js"></script></body></html>`);
      });
      const page = await browser.newPage();
      try {
        const errors: string[] = [];
        page.on('pageerror', (err) => errors.push(err.message));
        const refused = page.waitForEvent('console', (m) => /frame-ancestors/.test(m.text()));
        await page.goto(shop.url.replace('127.0.0.1', 'localhost'));
        await refused;
        await expect(page.getByRole('button', { name: 'Open chat' }).isVisible()).resolves.toBe(false);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
        await shop.close();
      }
    });
  });
});
