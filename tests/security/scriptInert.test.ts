// Script in what customers (and agents) write is shown as text and never runs, on every page: the
// web chat, the agent console (queue, context card with the customer's name and slots, transcript
// and notes) and the analytics dashboard (messages not understood). The pages run with their
// content security policy switched off, so what is tested is how they render, not only the policy;
// the policy itself is checked on its own. Anything that runs calls window.__pwned or opens a dialog.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { manualClock } from '../../src/runtime/clock';
import { callJson, startAgentConsoleServer, type AgentConsoleServer } from '../support/agentConsoleServer';
import { launchChromium } from '../support/chromium';
import { openConsole } from '../support/consolePage';
import { call, say } from '../support/directLineHttp';

const PAYLOADS = [
  `<script>__pwned('script')</script>`,
  `<img src=x onerror="__pwned('img')">`,
  `<a href="javascript:__pwned('link')">my order</a>`,
  `"><svg onload=__pwned('svg')>`,
  `[track it](javascript:__pwned('markdown'))`,
  `<iframe srcdoc="<script>parent.__pwned('iframe')</script>"></iframe>`,
  `<details open ontoggle=alert('details')>`,
  `javascript:alert('bare')`,
];
const ADDRESS = `'><img src=x onerror=alert('address')> 1 High St`;
const NAME = `Eve"><svg onload=alert('name')>`;
// The payloads lead the bot into tracking an order; the customer cancels that and asks to change an
// address, whose service (a path on a server started by `baton start`) this test server cannot reach, so
// the new address (hostile too) reaches an agent.
const CONVERSATION = [...PAYLOADS, 'cancel', 'I want to change the delivery address of order #12345', ADDRESS];
const NOTE = `<img src=x onerror="__pwned('note')"> refund refused twice`;

/**
 * Elements and attributes that only markup from text could have put there. The web chat page's one
 * inline script is the server's JSON block of its words (#page-words), data the browser never runs.
 */
const INJECTED = 'img[src="x"], iframe, details, svg[onload], script:not([src]):not(#page-words[type="application/json"]):not(#page-languages[type="application/json"]), a[href^="javascript"], [onerror], [onload], [ontoggle]';

describe('script in customer text on every page', () => {
  const clock = manualClock('2026-11-24T10:00:00Z');
  let srv: AgentConsoleServer;
  let browser: Browser;
  let context: BrowserContext;
  const ran: string[] = [];
  let webConversation: string;

  const watch = (page: Page): Page => {
    page.setDefaultTimeout(10_000);
    page.on('dialog', (dialog) => {
      ran.push(`dialog ${dialog.message()}`);
      void dialog.dismiss();
    });
    return page;
  };
  const injected = (page: Page) => page.locator(INJECTED).count();
  const agentToken = async (agentId: string): Promise<string> => (await callJson(srv.url, 'POST', '/api/agent/login', { agentId, password: `${agentId}-password` })).json.token as string;

  beforeAll(async () => {
    [srv, browser] = await Promise.all([startAgentConsoleServer({ clock, webchat: true }), launchChromium()]);
    context = await browser.newContext({ bypassCSP: true, viewport: { width: 1440, height: 900 } });
    await context.exposeFunction('__pwned', (what: string) => ran.push(what));
    await agentToken('ann'); // a signed-in agent staffs the orders queue
  });
  afterAll(async () => {
    await browser?.close();
    await srv?.close();
  });

  it('the web chat shows what the customer types and what the agent answers as text', async () => {
    const page = watch(await context.newPage());
    await page.goto(srv.url);
    const bubbles = (who: 'user' | 'bot' | 'agent') => page.locator(`.row.${who} .bubble`);
    await bubbles('bot').first().waitFor();
    for (const text of CONVERSATION) {
      const sent = await bubbles('user').count();
      await page.fill('#input', text);
      await page.press('#input', 'Enter');
      await bubbles('user').nth(sent).waitFor();
    }
    let handoff;
    for (let i = 0; i < 100 && !handoff; i++, await page.waitForTimeout(50)) {
      handoff = (await srv.app.service.store.list({ statuses: ['waiting'] })).find((h) => h.packet.slots.filled.new_address === ADDRESS);
    }
    webConversation = handoff!.conversationId;
    const bob = await agentToken('bob');
    expect((await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoff!.id}/claim`, {}, bob)).status).toBe(200);
    for (const text of PAYLOADS.slice(0, 4)) await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoff!.id}/reply`, { text }, bob);
    await bubbles('agent').filter({ hasText: PAYLOADS[3]! }).waitFor();

    expect(await bubbles('user').allTextContents()).toEqual(CONVERSATION);
    expect((await bubbles('agent').allTextContents()).slice(-4)).toEqual(PAYLOADS.slice(0, 4));
    await page.waitForTimeout(300);
    expect([ran, await injected(page)]).toEqual([[], 0]);
    await page.close();
  });

  it("the agent console shows the customer's name, slots, messages and a colleague's note as text", async () => {
    const domain = `${srv.url}/v3/directline`;
    const { token } = (await call(domain, 'POST', '/tokens/generate', { body: { user: { name: NAME } } })).body as { token: string };
    const { conversationId } = (await call(domain, 'POST', '/conversations', { token })).body as { conversationId: string };
    for (const text of [PAYLOADS[1]!, 'I want to talk to a human']) await call(domain, 'POST', `/conversations/${conversationId}/activities`, { token, body: say(text) });
    const [web] = await srv.app.service.store.list({ conversationId: webConversation });
    await callJson(srv.url, 'POST', `/api/agent/handoffs/${web!.id}/note`, { text: NOTE }, await agentToken('bob'));

    const agent = await openConsole(context, srv.url);
    const page = watch(agent.page);
    await agent.signIn('bob', 'bob-password');
    await agent.queueItem(webConversation).click();
    await page.locator('#view:not([hidden]) #context .ctx-summary').waitFor();
    expect(await page.locator('tr[data-slot="new_address"] td:first-of-type').textContent()).toBe(ADDRESS);
    const transcript = page.locator('#transcript .bubble');
    await transcript.filter({ hasText: NOTE }).waitFor();
    expect(await transcript.allTextContents()).toEqual(expect.arrayContaining([...PAYLOADS, ADDRESS, NOTE]));
    expect(await agent.queueItem(webConversation).locator('.q-summary').textContent()).toContain(ADDRESS);

    await agent.queueItem(conversationId).click();
    await page.locator('#context', { hasText: NAME }).waitFor();
    await page.waitForTimeout(300);
    expect([ran, await injected(page)]).toEqual([[], 0]);
    await page.close();
  });

  it('the analytics dashboard lists the messages not understood as text', async () => {
    const agent = await openConsole(context, srv.url);
    const page = watch(agent.page);
    await agent.signIn('ann', 'ann-password'); // the dashboard shares the console's session
    await page.goto(`${srv.url}/agent/analytics?from=2026-11-24&to=2026-11-24`);
    await page.locator('body[data-loaded="2026-11-24/2026-11-24"]').waitFor();
    const listed = await page.locator('[data-table="not-understood"] td.message').allTextContents();
    expect(listed.filter((text) => PAYLOADS.includes(text)).length).toBeGreaterThan(2);
    await page.waitForTimeout(300);
    expect([ran, await injected(page)]).toEqual([[], 0]);
    await page.close();
  });

  it.each(['/', '/agent', '/agent/analytics'])('%s is served with a policy that forbids inline and injected script', async (path) => {
    const policy = (await fetch(`${srv.url}${path}`)).headers.get('content-security-policy') ?? '';
    const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    const scripts = directives.get('script-src') ?? directives.get('default-src') ?? ['*'];
    expect(scripts.filter((source) => /unsafe|\*|^(data|blob|https?):$|^'sha|^'nonce/.test(source))).toEqual([]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
  });
});
