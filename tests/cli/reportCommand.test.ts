// `baton report`: the analytics of a period from the bot's SQLite file, written as JSON and as one
// self-contained HTML file that draws the same figures offline in headless Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnalyticsEvent } from '../../src/analytics/analyticsEvent';
import { reportCommand } from '../../src/cli/reportCommand';
import { sqliteStores } from '../../src/store/openStores';
import { captureIO } from '../support/captureIO';
import { useCommandDataDir } from '../support/commandDataDir';
import { launchChromium } from '../support/chromium';

const MANIFEST = join(__dirname, '..', '..', 'bots', 'acme.yaml');
const base = (conversationId: string, at: string, channel = 'webchat') => ({ at, botId: 'acme', conversationId, channel, ...(conversationId === 'b' ? { language: 'es' } : {}) });

// Inside the period (20 and 21 November, London): a contained conversation rated 5, one handed over
// and rated 2 (in Spanish), and one whose only message was not understood (hostile markup). Outside it: one more.
const EVENTS: AnalyticsEvent[] = [
  { ...base('a', '2026-11-20T09:00:00Z'), type: 'turn', understood: true, intent: 'track_order', responseMs: 12 },
  { ...base('a', '2026-11-20T09:02:00Z'), type: 'satisfaction', score: 5 },
  { ...base('a', '2026-11-20T09:02:00Z'), type: 'conversationEnded', contained: true },
  { ...base('b', '2026-11-21T11:00:00Z', 'msteams'), type: 'turn', understood: true, intent: 'talk_to_human', responseMs: 20 },
  { ...base('b', '2026-11-21T11:00:00Z', 'msteams'), type: 'handoff', queue: 'orders', reason: 'customer_asked', mode: 'queue' },
  { ...base('b', '2026-11-21T11:04:00Z', 'msteams'), type: 'claimed', queue: 'orders', waitSeconds: 240 },
  { ...base('b', '2026-11-21T11:20:00Z', 'msteams'), type: 'satisfaction', score: 2 },
  { ...base('c', '2026-11-21T23:30:00Z'), type: 'turn', understood: false, text: '</script><script>window.__pwned=1</script>', responseMs: 9 },
  { ...base('d', '2026-11-22T00:30:00Z'), type: 'turn', understood: true, intent: 'greet', responseMs: 5 },
];

describe('baton report', () => {
  let dir: string;
  let restore: () => void;

  beforeAll(async () => {
    ({ dir, restore } = useCommandDataDir('baton-report-'));
    const stores = sqliteStores(join(dir, 'acme.db'));
    await stores.analytics.record(EVENTS);
    await stores.close();
  });
  afterAll(() => restore());

  it('writes the period\'s report as JSON and HTML and prints the headline figures', async () => {
    const { io, out } = captureIO();
    const html = join(dir, 'week.html');
    expect(await reportCommand({ from: '2026-11-20', to: '2026-11-21', out: html, bot: MANIFEST }, io, () => new Date('2026-11-24T12:00:00Z'))).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'week.json'), 'utf8'));
    expect(report.period).toEqual({ from: '2026-11-20T00:00:00.000Z', to: '2026-11-22T00:00:00.000Z', fromDay: '2026-11-20', toDay: '2026-11-21', timezone: 'Europe/London' });
    expect(report.summary).toMatchObject({
      conversations: 3, containmentRate: 2 / 3, handoffRate: 1 / 3, handoffsByIntent: { talk_to_human: 1 },
      csat: { responses: 2, average: 3.5, satisfiedRate: 0.5 }, queueWaitSeconds: { p50: 240 },
    });
    expect(report.summary.notUnderstood.map((m: { text: string }) => m.text)).toEqual(['</script><script>window.__pwned=1</script>']);
    expect(out.join('\n')).toContain('3 conversation(s)');
    expect(out.join('\n')).toContain('containment 66.7 %');
    expect(out.join('\n')).toContain('CSAT 3.50 / 5 (2 rating(s))');
    expect(out.join('\n')).toContain(`HTML report: ${html}`);
    // By language: events that name none are in the bot's main language.
    expect(report.summary.byLanguage).toMatchObject({ en: { conversations: 2, containmentRate: 1, csat: 5 }, es: { conversations: 1, containmentRate: 0, csat: 2 } });
    expect(out).toEqual(expect.arrayContaining([expect.stringMatching(/^ {2}English: 2 conversation\(s\), containment 100(\.0)? %, CSAT 5\.00 \/ 5$/), expect.stringMatching(/^ {2}Spanish: 1 conversation\(s\), containment 0(\.0)? %, CSAT 2\.00 \/ 5$/)]));
  });

  it('draws the same figures offline: no request leaves the file, and customer text stays text', async () => {
    const html = join(dir, 'offline.html');
    expect(await reportCommand({ from: '2026-11-20', to: '2026-11-21', out: html, bot: MANIFEST }, captureIO().io, () => new Date('2026-11-24T12:00:00Z'))).toBe(0);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      const problems: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(pathToFileURL(html).href);
      await page.locator('body[data-loaded="true"]').waitFor({ timeout: 10_000 });
      expect(await page.locator('[data-metric="containment"] .tile-value').textContent()).toBe('66.7 %');
      expect(await page.locator('[data-metric="csat"] .tile-value').textContent()).toBe('3.50 / 5');
      expect(await page.locator('canvas').count()).toBeGreaterThanOrEqual(7);
      expect(await page.locator('[data-table="languages"] tbody th').allTextContents()).toEqual(['English', 'Spanish']);
      expect(await page.locator('[data-table="not-understood"] td.message').textContent()).toBe('</script><script>window.__pwned=1</script>');
      expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(requests).toEqual([pathToFileURL(html).href]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('refuses a period that ends before it starts, or that is not a date, saying why', async () => {
    const backwards = captureIO();
    expect(await reportCommand({ from: '2026-11-21', to: '2026-11-20', bot: MANIFEST }, backwards.io)).toBe(2);
    expect(backwards.err.join('\n')).toContain('"from" (2026-11-21) must be before "to" (2026-11-20)');
    const garbage = captureIO();
    expect(await reportCommand({ from: 'last tuesday', bot: MANIFEST }, garbage.io)).toBe(2);
    expect(garbage.err.join('\n')).toContain('"from" must be a day (2026-11-24)');
  });
});
