// The confused-pairs section of the HTML eval report: each pair of intents mistaken for each other,
// both ways, with the utterances that were mistaken. Rows carry `data-pair="a|b"` for tests.
import type { ConfusedPair, EvalReport, Prediction } from './evalReport';
import { html, type SafeHtml } from './html';
import { percent } from './percent';
import { truncate } from './truncate';

const SHOWN_EXAMPLES = 8;

export function renderConfusedPairs(report: EvalReport): SafeHtml {
  const title = new Map(report.intents.map((i) => [i.name, i.title]));
  const name = (intent: string | null): string => (intent === null ? 'nothing' : title.get(intent) ?? intent);
  const example = (p: Prediction): SafeHtml =>
    html`<li><q>${truncate(p.text)}</q> <span class="name">${name(p.label)} → ${name(p.predicted)}, ${percent(p.confidence, 0)}${p.byPattern ? ', by pattern' : ''}${p.outOfScope ? ', out of scope' : ''}</span></li>`;
  const row = (pair: ConfusedPair): SafeHtml => {
    const more = pair.examples.length - SHOWN_EXAMPLES;
    return html`<tr data-pair="${pair.key}">
<td class="num">${pair.total}</td>
<td><strong>${name(pair.a)}</strong> ↔ <strong>${name(pair.b)}</strong><br><span class="name">${pair.a} → ${pair.b}: ${pair.aAsB}, ${pair.b} → ${pair.a}: ${pair.bAsA}</span>
<ul class="examples">${pair.examples.slice(0, SHOWN_EXAMPLES).map(example)}${more > 0 ? html`<li class="name">and ${more} more</li>` : ''}</ul></td>
</tr>\n`;
  };
  const body = report.confusedPairs.length === 0
    ? html`<p class="empty">No pair of intents was confused.</p>`
    : html`<div class="scroll"><table><thead><tr><th scope="col" class="num">Errors</th><th scope="col">Intents and the utterances taken for the other one</th></tr></thead>
<tbody>${report.confusedPairs.map(row)}</tbody></table></div>`;
  return html`<section id="confused-pairs"><h2>Most confused intents</h2>
<p class="lead">Pairs whose examples cross-validation most often gave to the other intent. Reword or move these examples, add clearer ones, or merge the two intents.</p>
${body}</section>`;
}
