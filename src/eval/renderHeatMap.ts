// The confusion heat map: an HTML table whose cells are shaded by count (green on the diagonal,
// red elsewhere). Only intents involved in a confusion get a row and a column, at most `limit` of
// them, the most confused first, so a bot with hundreds of intents still fits a screen.
import type { EvalReport } from './evalReport';
import { html, type SafeHtml } from './html';

export function renderHeatMap(report: EvalReport, limit = 60): SafeHtml {
  const { labels, counts, outOfScope } = report.confusion;
  const title = new Map(report.intents.map((i) => [i.name, i.title]));
  const errors = labels.map((_, i) => (counts[i] ?? []).reduce((sum, n, j) => sum + (j === i ? 0 : n), 0) + labels.reduce((sum, _, r) => sum + (r === i ? 0 : counts[r]?.[i] ?? 0), 0));
  const involved = labels.map((_, i) => i).filter((i) => errors[i]! > 0);
  if (involved.length === 0) return html`<p class="empty">No intent was taken for another: every example's top intent was its own.</p>`;
  const shown = [...involved].sort((a, b) => errors[b]! - errors[a]! || a - b).slice(0, limit).sort((a, b) => a - b);
  const maxOff = Math.max(1, ...shown.flatMap((r) => shown.map((c) => (r === c ? 0 : counts[r]?.[c] ?? 0))));
  const name = (i: number): string => title.get(labels[i]!) ?? labels[i]!;
  const cell = (r: number, c: number): SafeHtml => {
    const n = counts[r]?.[c] ?? 0;
    const support = (counts[r] ?? []).reduce((a, b) => a + b, 0);
    const alpha = n === 0 ? 0 : r === c ? 0.15 + 0.6 * (n / Math.max(1, support)) : 0.2 + 0.7 * (n / maxOff);
    const colour = r === c ? `rgba(26,127,55,${alpha.toFixed(3)})` : `rgba(194,38,27,${alpha.toFixed(3)})`;
    const ink = alpha > 0.55 ? '#fff' : 'inherit';
    return html`<td style="background:${colour};color:${ink}" title="${`${name(r)} → ${name(c)}: ${n}`}">${n > 0 ? n : ''}</td>`;
  };
  const note = shown.length < involved.length
    ? html`<p class="note">Showing the ${shown.length} most confused of ${involved.length} intents involved in a confusion; <code>baton eval --json</code> has the full matrix.</p>`
    : html`<p class="note">${involved.length} of ${labels.length} intents are involved in a confusion${involved.length < labels.length ? '; the others are left out' : ''}.</p>`;
  return html`${note}<div class="scroll tall"><table class="heat" aria-label="Confusion matrix: true intent by row, predicted intent by column">
<thead><tr><th scope="col">True intent ↓ / predicted →</th>${shown.map((c) => html`<th scope="col" class="col" title="${name(c)}"><span>${name(c)}</span></th>`)}<th scope="col" class="col" title="Judged out of scope"><span>Out of scope</span></th></tr></thead>
<tbody>${shown.map((r) => html`<tr data-intent="${labels[r]}"><th scope="row" title="${`${name(r)} (${labels[r]})`}">${name(r)}</th>${shown.map((c) => cell(r, c))}<td class="oos" title="${`${name(r)}: ${outOfScope[r] ?? 0} judged out of scope`}">${outOfScope[r] ? outOfScope[r] : ''}</td></tr>\n`)}</tbody>
</table></div>`;
}
