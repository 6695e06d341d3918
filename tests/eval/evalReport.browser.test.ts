// The eval report in a real browser: it renders offline and shows the confused pairs with their examples.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { loadBot } from '../../src/config/loadBot';
import { evaluateBot } from '../../src/eval/evaluateBot';
import { renderEvalHtml } from '../../src/eval/renderEvalHtml';
import { launchChromium, screenshotPath } from '../support/chromium';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); }, 30_000);
afterAll(() => browser?.close());

describe('the eval report in Chromium', () => {
  it('shows each confused pair of the sample bot with the examples that caused it', async () => {
    const bot = loadBot(join(__dirname, '..', '..', 'bots', 'acme.yaml')).bot!;
    const report = evaluateBot(bot);
    expect(report.confusedPairs.length).toBeGreaterThan(0);
    const dir = mkdtempSync(join(tmpdir(), 'baton-eval-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, renderEvalHtml(report));
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    try {
      await page.goto(pathToFileURL(file).href);
      const rows = page.locator('#confused-pairs tr[data-pair]');
      expect(await rows.count()).toBe(report.confusedPairs.length);
      const first = report.confusedPairs[0]!;
      const row = page.locator(`#confused-pairs tr[data-pair="${first.a}|${first.b}"]`);
      await expect(row.isVisible()).resolves.toBe(true);
      const text = await row.innerText();
      const titles = [first.a, first.b].map((n) => bot.intents[n]?.title ?? bot.faq[n]?.title ?? n);
      for (const title of titles) expect(text).toContain(title);
      expect(text).toContain(first.examples[0]!.text);
      await page.screenshot({ path: screenshotPath('eval-report.png'), fullPage: true });
      expect(requests).toEqual([]); // self-contained: nothing fetched from anywhere
    } finally {
      await page.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
