// The per-intent table of the HTML eval report, weakest F1 first.
import type { IntentStats } from './evalReport';
import { html, type SafeHtml } from './html';
import { percent } from './percent';

export function renderIntentTable(intents: readonly IntentStats[]): SafeHtml {
  const rows = [...intents].sort((a, b) => a.f1 - b.f1 || b.support - a.support || (a.name < b.name ? -1 : 1));
  const tone = (share: number): string => (share < 0.6 ? 'bad' : share >= 0.9 ? 'good' : '');
  return html`<div class="scroll"><table>
<thead><tr><th scope="col">Intent</th><th scope="col" class="num">F1</th><th scope="col" class="num">Precision</th><th scope="col" class="num">Recall</th><th scope="col" class="num">Support</th><th scope="col" class="num hide-narrow">Out of scope</th></tr></thead>
<tbody>${rows.map((i) => html`<tr data-intent="${i.name}">
<td>${i.title}${i.kind === 'faq' ? html`<span class="badge">FAQ</span>` : ''}<br><span class="name">${i.name}</span></td>
<td class="num ${tone(i.f1)}">${i.support > 0 ? percent(i.f1, 0) : 'n/a'}<span class="meter hide-narrow"><span style="width:${Math.round(i.f1 * 100)}%"></span></span></td>
<td class="num">${i.predicted > 0 ? percent(i.precision, 0) : 'n/a'}</td>
<td class="num">${i.support > 0 ? percent(i.recall, 0) : 'n/a'}</td>
<td class="num">${i.support}</td>
<td class="num hide-narrow">${i.outOfScope}</td>
</tr>\n`)}</tbody></table></div>`;
}
