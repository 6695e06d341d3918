// The HTML eval report: one self-contained page (inline CSS, no scripts, fonts or images) with the
// summary, the confusion heat map, the per-intent table, the confused pairs, the examples closer to
// another intent and the held-out tests that failed. Every text from the bot is escaped.
import type { EvalReport } from './evalReport';
import { EVAL_STYLES } from './evalStyles';
import { html, type SafeHtml } from './html';
import { percent } from './percent';
import { renderConfusedPairs } from './renderConfusedPairs';
import { renderCloserList, renderHeldOutMisses } from './renderExampleLists';
import { renderHeatMap } from './renderHeatMap';
import { renderIntentTable } from './renderIntentTable';
import { languageOf } from '../language/languageOf';

export interface RenderOptions {
  /** Shown in the footer; left out when not given, so the page is reproducible. */
  readonly generatedAt?: Date;
}

export function renderEvalHtml(report: EvalReport, options: RenderOptions = {}): string {
  const cv = report.crossValidation;
  const held = report.heldOut;
  const card = (value: string, label: string, detail: string): SafeHtml =>
    html`<div class="card"><div class="value">${value}</div><div class="label">${label}</div><div class="detail">${detail}</div></div>`;
  const page = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${report.bot.name}: intent evaluation</title>
<style>${EVAL_STYLES}</style>
</head>
<body><main>
<header>
<h1>${report.bot.name} <span class="name">${report.bot.id}</span></h1>
<p class="lead">How well the bot's intents are understood${report.byLanguage !== undefined || report.language !== 'en' ? ` in ${languageOf(report.language)?.name ?? report.language}` : ''}: ${cv.examples} training examples of ${report.intents.length} intents and FAQ entries in ${cv.folds}-fold cross-validation, and ${held.examples} held-out tests.</p>
<nav><a href="#summary">Summary</a><a href="#confusion">Heat map</a><a href="#intents">Intents</a><a href="#confused-pairs">Confused pairs</a><a href="#closer">Closer to another</a><a href="#held-out">Held-out tests</a></nav>
</header>
<section id="summary">
<div class="cards">
${card(percent(cv.strictAccuracy), 'Cross-validation accuracy', `${cv.correctInScope} of ${cv.examples} understood and acted on; ${percent(cv.accuracy)} counting right intents judged out of scope`)}
${card(percent(held.strictAccuracy), 'Held-out accuracy', `${held.correctInScope} of ${held.examples} tests understood and acted on; ${percent(held.accuracy)} counting right intents judged out of scope`)}
${card(percent(report.macroF1), 'Mean F1', 'over intents, cross-validation')}
${card(String(cv.outOfScope), 'Judged out of scope', `cross-validation; ${held.outOfScope} held-out`)}
${card(String(cv.byPattern), 'Decided by a pattern', 'cross-validation examples')}
</div>
<p class="note">Cross-validation: each training example is predicted once, by the bot's NLU trained on the other folds (seed ${report.options.seed}). An intent with fewer examples than folds is spread over fewer folds; an intent with one example is predicted by a model that never saw it.</p>
</section>
<section id="confusion"><h2>Confusion heat map</h2>
<p class="lead">Rows are the true intents, columns the intents cross-validation put on top. Green: right; red: taken for another intent, darker for more.</p>
${renderHeatMap(report)}
</section>
<section id="intents"><h2>Intents</h2>
<p class="lead">Weakest first. Precision: of the examples given this intent, the share that were its own. Recall: of its own examples, the share it got. Support: its training examples.</p>
${renderIntentTable(report.intents)}
</section>
${renderConfusedPairs(report)}
<section id="closer"><h2>Examples closer to another intent than their own</h2>
<p class="lead">Training examples that a model trained without them ranked under another intent; the margin is how much more confidence the other intent got.</p>
${renderCloserList(report)}
</section>
<section id="held-out"><h2>Held-out tests</h2>
<p class="lead">The <code>tests:</code> utterances, scored by the NLU trained on every example: ${held.correct} of ${held.examples} right${held.outOfScope > 0 ? `, ${held.outOfScope} judged out of scope` : ''}.</p>
${renderHeldOutMisses(report)}
</section>
<footer>Baton intent evaluation, report format ${report.version}${options.generatedAt ? `, made ${options.generatedAt.toISOString()}` : ''}.</footer>
</main></body>
</html>
`;
  return page.toString();
}
