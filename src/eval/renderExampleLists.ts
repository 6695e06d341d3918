// The per-example sections of the HTML eval report: training examples that sit closer to another
// intent than their own, and the held-out tests the bot got wrong.
import type { EvalReport, Prediction } from './evalReport';
import { html, type SafeHtml } from './html';
import { percent } from './percent';
import { truncate } from './truncate';

const SHOWN = 100;

export function renderCloserList(report: EvalReport): SafeHtml {
  const title = new Map(report.intents.map((i) => [i.name, i.title]));
  const list = report.closerToOther;
  if (list.length === 0) return html`<p class="empty">Every training example sits closest to its own intent.</p>`;
  return html`<div class="scroll"><table><thead><tr><th scope="col">Example</th><th scope="col">Its intent</th><th scope="col">Closer to</th><th scope="col" class="num">Margin</th></tr></thead>
<tbody>${list.slice(0, SHOWN).map((p) => html`<tr data-example-of="${p.label}">
<td><q>${truncate(p.text)}</q></td><td>${title.get(p.label) ?? p.label} <span class="name">${percent(p.trueConfidence, 0)}</span></td>
<td>${p.predicted === null ? '' : title.get(p.predicted) ?? p.predicted} <span class="name">${percent(p.confidence, 0)}${p.byPattern ? ', by pattern' : ''}</span></td>
<td class="num">${percent(p.margin, 0)}</td></tr>\n`)}</tbody></table></div>
${list.length > SHOWN ? html`<p class="note">And ${list.length - SHOWN} more; <code>baton eval --json</code> lists them all.</p>` : ''}`;
}

export function renderHeldOutMisses(report: EvalReport): SafeHtml {
  const title = new Map(report.intents.map((i) => [i.name, i.title]));
  const misses = report.predictions.heldOut.filter((p: Prediction) => !p.correct || p.outOfScope);
  if (report.heldOut.examples === 0) return html`<p class="empty">This bot has no held-out <code>tests:</code> utterances. Add a few to each intent.</p>`;
  if (misses.length === 0) return html`<p class="empty">Every held-out test was understood, in scope.</p>`;
  return html`<div class="scroll"><table><thead><tr><th scope="col">Test utterance</th><th scope="col">Expected</th><th scope="col">Understood as</th></tr></thead>
<tbody>${misses.slice(0, SHOWN).map((p) => html`<tr data-test-of="${p.label}">
<td><q>${truncate(p.text)}</q></td><td>${title.get(p.label) ?? p.label}</td>
<td class="${p.correct ? '' : 'bad'}">${p.predicted === null ? 'nothing' : title.get(p.predicted) ?? p.predicted} <span class="name">${percent(p.confidence, 0)}${p.outOfScope ? `, judged out of scope${p.outOfScopeReason ? `: ${p.outOfScopeReason}` : ''}` : ''}</span></td></tr>\n`)}</tbody></table></div>`;
}
