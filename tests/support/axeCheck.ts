// Accessibility checks of a page in Chromium with axe-core (npm): the serious and critical
// violations in the page's current state, each as "rule: help (target, …)" so a failure says what
// to fix and where. Screenshots of the same state go beside the other browser tests' artifacts.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { screenshotPath } from './chromium';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

interface AxeNode { readonly target: readonly unknown[] }
interface AxeViolation { readonly id: string; readonly impact: string | null; readonly help: string; readonly nodes: readonly AxeNode[] }

/** The serious and critical violations axe finds on the page as it is now (WCAG 2.x A and AA, best practices). */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Evaluated in the page (as source text: the tests' TypeScript has no DOM types).
  if (!(await page.evaluate("typeof window.axe === 'object'"))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(`window.axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} } }).then((r) => r.violations)`) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Screenshot of the page's state under reports/screenshots/<name>.png (not committed). */
export async function screenshotState(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: screenshotPath(`${name}.png`), fullPage: false });
}
