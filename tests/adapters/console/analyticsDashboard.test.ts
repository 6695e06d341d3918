// The analytics dashboard in headless Chromium after a scripted day of conversations on the sample
// bot (REST and Direct Line): it shows the containment rate and CSAT that this test works out from
// its own script, draws its charts under the page's CSP, and lists the messages not understood as
// text. A screenshot is kept in reports/screenshots.
import type { Browser, Page } from 'playwright-core';
import { manualClock } from '../../../src/runtime/clock';
import { callJson, restCustomer, startAgentConsoleServer, type AgentConsoleServer } from '../../support/agentConsoleServer';
import { seriousAxeViolations, screenshotState } from '../../support/axeCheck';
import { launchChromium, screenshotPath } from '../../support/chromium';
import { call, say, startConversation } from '../../support/directLineHttp';

type Ending = { kind: 'rated'; score: 1 | 2 | 3 | 4 | 5 } | { kind: 'left' } | { kind: 'human' };
interface Scripted { readonly channel: 'rest' | 'directline'; readonly opening: string; readonly ending: Ending }

// The day: who wrote, on which channel, and how each conversation ended.
const DAY: readonly Scripted[] = [
  { channel: 'rest', opening: 'how much is shipping', ending: { kind: 'rated', score: 5 } },
  { channel: 'rest', opening: 'how much is shipping', ending: { kind: 'rated', score: 4 } },
  { channel: 'rest', opening: 'I want to talk to a human', ending: { kind: 'human' } },
  { channel: 'directline', opening: 'how much is shipping', ending: { kind: 'rated', score: 2 } },
  { channel: 'rest', opening: '<img src=x onerror="window.__pwned=1"> flibbertigibbet', ending: { kind: 'human' } },
  { channel: 'rest', opening: 'how much is shipping', ending: { kind: 'left' } },
  { channel: 'directline', opening: 'how much is shipping', ending: { kind: 'rated', score: 5 } },
  { channel: 'rest', opening: 'how much is shipping', ending: { kind: 'rated', score: 3 } },
  { channel: 'rest', opening: 'I want to talk to a human', ending: { kind: 'human' } },
];

/** What the dashboard must show, worked out from the script alone. */
function expected(day: readonly Scripted[]): { containment: string; csat: string; conversations: string } {
  const contained = day.filter((c) => c.ending.kind !== 'human').length;
  const scores = day.flatMap((c) => (c.ending.kind === 'rated' ? [c.ending.score] : []));
  const average = scores.reduce((a, b) => a + b, 0) / scores.length;
  return { conversations: String(day.length), containment: `${((contained / day.length) * 100).toFixed(1)} %`, csat: `${average.toFixed(2)} / 5` };
}

describe('analytics dashboard in Chromium', () => {
  let server: AgentConsoleServer;
  let browser: Browser;
  const clock = manualClock('2026-11-24T09:00:00Z');

  beforeAll(async () => {
    server = await startAgentConsoleServer({ clock });
    browser = await launchChromium();
    const ann = (await callJson(server.url, 'POST', '/api/agent/login', { agentId: 'ann', password: 'ann-password' })).json.token as string;
    for (const [i, conversation] of DAY.entries()) {
      clock.set(new Date(Date.parse('2026-11-24T09:00:00Z') + i * 50 * 60_000)); // every 50 minutes from 09:00
      await play(conversation, `customer-${i}`, ann);
    }
    await settled();
    // A quiet Saturday: one customer says hello and leaves; nothing else happens that week.
    clock.set('2026-11-21T12:00:00Z');
    await restCustomer(server.url, 'saturday').say('hello');
    await recorded('2026-11-21');
    clock.set('2026-11-24T18:00:00Z'); // the dashboard is read that evening
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** One scripted conversation: the opening, then the FAQ's follow-up and the rating, or a person. */
  async function play(conversation: Scripted, userId: string, agentToken: string): Promise<void> {
    // The agent's console is open all day: it keeps her present (staffed) when a customer asks for a person.
    expect((await callJson(server.url, 'GET', '/api/agent/queue', undefined, agentToken)).status).toBe(200);
    const send = conversation.channel === 'rest' ? restSender(userId) : await directLineSender();
    await send(conversation.opening);
    const { ending } = conversation;
    if (ending.kind === 'human') {
      if (!conversation.opening.includes('human')) await send('I want to talk to a human');
      const queue = await callJson(server.url, 'GET', '/api/agent/queue', undefined, agentToken);
      const handoff = (queue.json.handoffs as Array<{ id: string; status: string }>).find((h) => h.status === 'waiting')!;
      clock.advance(3 * 60_000);
      expect((await callJson(server.url, 'POST', `/api/agent/handoffs/${handoff.id}/claim`, {}, agentToken)).status).toBe(200);
      clock.advance(6 * 60_000);
      expect((await callJson(server.url, 'POST', `/api/agent/handoffs/${handoff.id}/resolve`, {}, agentToken)).status).toBe(200);
      return;
    }
    await send('yes'); // the FAQ helped
    if (ending.kind === 'left') return;
    await send('no'); // nothing else
    await send(String(ending.score));
  }

  function restSender(userId: string): (text: string) => Promise<void> {
    const customer = restCustomer(server.url, userId);
    return async (text) => { await customer.say(text); };
  }

  /** A Direct Line customer: each message waits until the bot has answered it. */
  async function directLineSender(): Promise<(text: string) => Promise<void>> {
    const domain = `${server.url}/v3/directline`;
    const { conversationId, token } = await startConversation(domain);
    let seen = 0;
    return async (text) => {
      expect((await call(domain, 'POST', `/conversations/${conversationId}/activities`, { token, body: say(text) })).status).toBe(200);
      for (let i = 0; i < 200; i++) {
        const { body } = await call(domain, 'GET', `/conversations/${conversationId}/activities`, { token });
        const fromBot = (body.activities as Array<{ from: { role?: string; id: string } }>).filter((a) => a.from.id !== 'customer').length;
        if (fromBot > seen) { seen = fromBot; return; }
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error(`no answer to ${text}`);
    };
  }

  /** Analytics are recorded beside each turn: wait until every resolution is stored. */
  async function settled(): Promise<void> {
    const humans = DAY.filter((c) => c.ending.kind === 'human').length;
    for (let i = 0; i < 100; i++) {
      const events = await server.stores.analytics.query('acme', new Date('2026-11-24T00:00:00Z'), new Date('2026-11-25T00:00:00Z'));
      if (events.filter((e) => e.type === 'resolved').length === humans) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('the resolutions were not recorded');
  }

  /** Waits until the day's first conversation is stored. */
  async function recorded(day: string): Promise<void> {
    for (let i = 0; i < 100; i++) {
      if ((await server.stores.analytics.query('acme', new Date(`${day}T00:00:00Z`), new Date(`${day}T23:59:59Z`))).length > 0) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`nothing was recorded on ${day}`);
  }

  /** The labels and first data set of the chart in the card `id`, as Chart.js holds them. */
  const chartData = (page: Page, id: string) => page.locator(`[data-chart="${id}"] canvas`).evaluate((canvas) => {
    const chart = (globalThis as unknown as { Chart: { getChart(c: unknown): { data: { labels: string[]; datasets: { data: unknown[] }[] } } } }).Chart.getChart(canvas);
    return { labels: chart.data.labels, data: chart.data.datasets[0]!.data };
  });

  async function signedIn(page: Page, address: string, loaded: string): Promise<void> {
    await page.goto(`${server.url}${address}`);
    await page.getByLabel('Agent id').fill('ann');
    await page.getByLabel('Password').fill('ann-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator(`body[data-loaded="${loaded}"]`).waitFor();
  }

  it('shows the containment rate and CSAT of the day, with charts and the messages not understood', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    page.setDefaultTimeout(10_000);
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
    page.on('dialog', (dialog) => { problems.push(`dialog: ${dialog.message()}`); void dialog.dismiss(); });

    await page.goto(`${server.url}/agent/analytics?from=2026-11-24&to=2026-11-24`);
    await page.getByLabel('Agent id').fill('ann');
    await page.getByLabel('Password').fill('ann-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('body[data-loaded="2026-11-24/2026-11-24"]').waitFor();

    const want = expected(DAY);
    const tile = (metric: string) => page.locator(`[data-metric="${metric}"] .tile-value`).textContent();
    expect(await tile('conversations')).toBe(want.conversations);
    expect(await tile('containment')).toBe(want.containment); // 6 of 9: 66.7 %
    expect(await tile('csat')).toBe(want.csat); // (5 + 4 + 2 + 5 + 3) / 5 = 3.80
    expect(await page.locator('#from').inputValue()).toBe('2026-11-24');

    // Every chart was drawn by Chart.js onto a canvas with a size.
    const charts = await page.locator('canvas').evaluateAll((canvases) =>
      canvases.map((c) => ({ id: c.id, drawn: Boolean((globalThis as unknown as { Chart: { getChart(c: unknown): unknown } }).Chart.getChart(c)), width: (c as unknown as { width: number }).width })));
    expect(charts.map((c) => c.id)).toEqual(expect.arrayContaining(['chart-over-time', 'chart-csat-time', 'chart-by-reason', 'chart-by-intent', 'chart-by-state', 'chart-channels', 'chart-faq']));
    for (const chart of charts) expect(chart).toMatchObject({ drawn: true, width: expect.any(Number) });
    expect(charts.every((c) => c.width > 100)).toBe(true);
    expect(await page.locator('[data-chart="by-reason"] canvas').getAttribute('aria-label')).toContain(`Customer asked ${DAY.filter((c) => c.ending.kind === 'human').length}`);

    // Labels are the authors' titles, never identifiers such as shipping_cost or return_item.start.
    const report = (await callJson(server.url, 'GET', '/api/agent/analytics?from=2026-11-24&to=2026-11-24', undefined, await page.evaluate<string>("JSON.parse(sessionStorage.getItem('baton.agentConsole.session')).token"))).json;
    const intents = await chartData(page, 'intents');
    expect(intents.labels).toEqual(Object.keys(report.summary.intents).map((name: string) => report.titles.intents[name]));
    expect(intents.labels).toContain(report.titles.intents.shipping_cost);
    expect(report.titles.intents.shipping_cost).not.toBe('shipping_cost');
    for (const id of ['intents', 'by-intent', 'by-state', 'by-reason']) {
      for (const label of (await chartData(page, id)).labels) expect(label).not.toMatch(/_|^[a-z]+\.[a-z]/);
    }

    // Channels table: both channels of the day, by name (Direct Line is the web chat's channel).
    const channels = await page.locator('[data-table="channels"] tbody th').allTextContents();
    expect(channels.sort()).toEqual(['REST API', 'Web chat']);

    // The message not understood is listed as text; its markup never ran.
    const notUnderstood = page.locator('[data-table="not-understood"] td.message', { hasText: 'flibbertigibbet' });
    expect(await notUnderstood.textContent()).toBe('<img src=x onerror="window.__pwned=1"> flibbertigibbet');
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('[data-table="not-understood"] img').count()).toBe(0);

    await page.screenshot({ path: screenshotPath('analytics-dashboard.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the period in the address and answers a period with no conversations', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/agent/analytics`);
    await page.getByLabel('Agent id').fill('bob');
    await page.getByLabel('Password').fill('bob-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('body[data-loaded]').waitFor();
    // Default: the seven days up to the server's today.
    expect(await page.locator('body').getAttribute('data-loaded')).toBe('2026-11-18/2026-11-24');
    await page.locator('#from').fill('2026-11-01');
    await page.locator('#to').fill('2026-11-07');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.locator('body[data-loaded="2026-11-01/2026-11-07"]').waitFor();
    expect(new URL(page.url()).search).toBe('?from=2026-11-01&to=2026-11-07');
    expect(await page.locator('.empty-period').textContent()).toBe('No conversations in this period.');
    expect(await page.locator('[data-metric="containment"] .tile-value').textContent()).toBe('–');
    await page.close();
  });
  it("writes times in the bot's locale and zone (a British bot: 24 Nov 2026, 18:00), not the browser's", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'America/New_York' });
    const page = await context.newPage();
    await signedIn(page, '/agent/analytics?from=2026-11-18&to=2026-11-24', '2026-11-18/2026-11-24');
    await expect(page.locator('.period').textContent()).resolves.toMatch(/generated 24 Nov 2026, 18:\d\d$/);
    await context.close();
  });

  it('puts every day of the period on the axis, zero where nothing happened, and says when a chart has no data', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await signedIn(page, '/agent/analytics?from=2026-11-18&to=2026-11-24', '2026-11-18/2026-11-24');
    const overTime = await chartData(page, 'over-time');
    expect(overTime.labels).toHaveLength(7);
    expect(overTime.data).toEqual([0, 0, 0, 1, 0, 0, DAY.length]);
    const csat = await chartData(page, 'csat-time');
    expect(csat.data.slice(0, 6)).toEqual([null, null, null, null, null, null]);

    // The quiet Saturday alone: no handoffs, no ratings, no FAQ feedback.
    await page.locator('#from').fill('2026-11-21');
    await page.locator('#to').fill('2026-11-21');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.locator('body[data-loaded="2026-11-21/2026-11-21"]').waitFor();
    expect(await page.locator('[data-metric="conversations"] .tile-value').textContent()).toBe('1');
    for (const id of ['by-reason', 'by-intent', 'by-state', 'csat-time', 'faq']) {
      expect(await page.locator(`[data-chart="${id}"] .no-data`).textContent()).toBe('No data for this period');
      expect(await page.locator(`[data-chart="${id}"] canvas`).count()).toBe(0);
    }
    expect(await page.locator('[data-chart="over-time"] canvas').count()).toBe(1);
    await screenshotState(page, 'analytics-no-data');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it('marks the quick period shown, lays the headline figures out in even rows, and has no serious accessibility problem', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await signedIn(page, '/agent/analytics', '2026-11-18/2026-11-24');
    const pressed = () => page.locator('[data-days]').evaluateAll((buttons) => buttons.map((b) => `${b.textContent} ${b.getAttribute('aria-pressed')}`));
    expect(await pressed()).toEqual(['7 days true', '30 days false', '90 days false']);
    await page.getByRole('button', { name: '30 days' }).click();
    await page.locator('body[data-loaded="2026-10-26/2026-11-24"]').waitFor();
    expect(await pressed()).toEqual(['7 days false', '30 days true', '90 days false']);
    const [plain, chosen] = await Promise.all(['7 days', '30 days'].map((name) => page.getByRole('button', { name }).evaluate((b) => (globalThis as unknown as { getComputedStyle(n: unknown): { backgroundColor: string } }).getComputedStyle(b).backgroundColor)));
    expect(chosen).not.toBe(plain);
    await page.locator('#from').fill('2026-11-20');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.locator('body[data-loaded="2026-11-20/2026-11-24"]').waitFor();
    expect(await pressed()).toEqual(['7 days false', '30 days false', '90 days false']);

    // Nine tiles in three rows of three.
    const rows = await page.locator('.tiles .tile').evaluateAll((tiles) => tiles.map((t) => Math.round((t as unknown as { getBoundingClientRect(): { top: number } }).getBoundingClientRect().top)));
    const perRow = [...rows.reduce((m, top) => m.set(top, (m.get(top) ?? 0) + 1), new Map<number, number>()).values()];
    expect(perRow).toEqual([3, 3, 3]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotState(page, 'analytics-30-days');

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotState(page, 'analytics-phone');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotState(page, 'analytics-dark');
    await context.close();
  });
});
