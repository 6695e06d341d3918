// `baton report`'s HTML: one self-contained file (styles, Chart.js, the dashboard's drawing code and
// the report's data inline) that shows what /agent/analytics shows for the period, offline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalyticsReport } from '../../src/analytics/analyticsReport';
import { chartLibrarySource } from './chartLibrary';
import { escapeHtml } from '../../src/eval/html';

const PUBLIC = join(__dirname, 'public');
const read = (name: string): string => readFileSync(join(PUBLIC, name), 'utf8');

/** Script text that cannot end its <script> element early, whatever strings it holds. */
const scriptSafe = (code: string): string => code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

export function renderAnalyticsHtml(report: AnalyticsReport): string {
  const title = `${report.bot.name} · Support analytics · ${report.period.fromDay} to ${report.period.toDay}`;
  // JSON inside a script element: "<" escaped, so customer text cannot close the element.
  const data = JSON.stringify(report).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${read('console.css')}
${read('analytics.css')}
</style>
</head>
<body class="analytics-page">
<header class="topbar"><h1 class="brand"><span>${escapeHtml(report.bot.name)}</span> <span class="muted">Support analytics</span></h1></header>
<main id="report" class="report"><noscript>The charts need JavaScript; every figure is also in the JSON report written beside this file.</noscript></main>
<script type="application/json" id="analytics-data">${data}</script>
<script>${scriptSafe(chartLibrarySource())}</script>
<script type="module">
${scriptSafe(read('analyticsView.js'))}
renderAnalytics(document.getElementById('report'), JSON.parse(document.getElementById('analytics-data').textContent), window.Chart);
document.body.dataset.loaded = 'true';
</script>
</body>
</html>
`;
}
