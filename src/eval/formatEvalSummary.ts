// The short terminal summary of an eval report: accuracies, the weakest intents by F1 and the most
// confused pairs, as plain lines.
import type { EvalReport } from './evalReport';
import { percent } from './percent';
import { languageOf } from '../language/languageOf';

const pad = (text: string, width: number): string => (text.length >= width ? text : text + ' '.repeat(width - text.length));
const left = (text: string, width: number): string => (text.length >= width ? text : ' '.repeat(width - text.length) + text);
const cut = (text: string, width: number): string => (text.length > width ? `${text.slice(0, width - 3)}...` : text);

export function formatEvalSummary(report: EvalReport, worst = 5, pairs = 5, failing = 20): string[] {
  const others = Object.entries(report.byLanguage ?? {});
  if (others.length === 0) return formatLanguage(report, worst, pairs, failing);
  // A bot of several languages: one section per language, its main language first.
  const codes = [report.language, ...others.map(([code]) => code)];
  const table = [`By language        ${pad('accuracy', 9)} ${pad('held-out', 9)} tests`];
  for (const r of [report, ...others.map(([, r]) => r)]) {
    table.push(`  ${pad(languageName(r.language), 16)} ${left(percent(r.crossValidation.strictAccuracy), 8)}  ${left(percent(r.heldOut.strictAccuracy), 8)}  ${left(String(r.heldOut.examples), 5)}`);
  }
  return [
    ...table,
    ...[report, ...others.map(([, r]) => r)].flatMap((r, i) => ['', `== ${languageName(codes[i]!)} ==`, ...formatLanguage(r, worst, pairs, failing)]),
  ];
}

function languageName(code: string): string {
  const name = languageOf(code)?.name;
  return name ? `${name} (${code})` : code;
}

function formatLanguage(report: EvalReport, worst: number, pairs: number, failing: number): string[] {
  const cv = report.crossValidation;
  const held = report.heldOut;
  const lines = [
    `${report.bot.name} (${report.bot.id}): ${cv.examples} examples of ${report.intents.length} intents and FAQ entries, ${cv.folds}-fold cross-validation, ${held.examples} held-out tests`,
    // The headline is what the bot acts on: a right intent judged out of scope is a miss.
    `  accuracy            ${left(percent(cv.strictAccuracy), 6)}  (${cv.correctInScope}/${cv.examples} right and in scope; ${percent(cv.accuracy)} counting the ${cv.outOfScope} judged out of scope as right when their intent was)`,
    `  held-out accuracy   ${left(percent(held.strictAccuracy), 6)}  (${held.correctInScope}/${held.examples} right and in scope; ${percent(held.accuracy)} counting the ${held.outOfScope} judged out of scope as right when their intent was)`,
    `  turned down         ${left(percent(held.examples > 0 ? held.outOfScope / held.examples : 0), 6)}  (${held.outOfScope}/${held.examples} held-out tests judged out of scope)`,
    `  mean F1             ${left(percent(report.macroF1), 6)}`,
    '',
    `Weakest intents          ${left('F1', 6)} ${left('prec.', 6)} ${left('recall', 6)} ${left('n', 4)}`,
  ];
  const weakest = report.intents.filter((i) => i.support > 0).sort((a, b) => a.f1 - b.f1 || b.support - a.support).slice(0, worst);
  for (const i of weakest) {
    lines.push(`  ${pad(cut(i.name, 22), 22)} ${left(percent(i.f1, 0), 6)} ${left(percent(i.precision, 0), 6)} ${left(percent(i.recall, 0), 6)} ${left(String(i.support), 4)}`);
  }
  lines.push('', report.confusedPairs.length === 0 ? 'No intents were confused.' : 'Most confused pairs');
  for (const p of report.confusedPairs.slice(0, pairs)) {
    const example = p.examples[0];
    lines.push(`  ${left(String(p.total), 3)}  ${p.a} <-> ${p.b}${example ? `  e.g. "${cut(example.text, 50)}" (${example.label} -> ${example.predicted})` : ''}`);
  }
  const misses = report.predictions.heldOut.filter((p) => !p.correct || p.outOfScope);
  if (held.examples > 0) lines.push('', misses.length === 0 ? 'Every held-out test was understood, in scope.' : `Failing held-out tests (${misses.length})`);
  for (const p of misses.slice(0, failing)) {
    const got = p.predicted === null ? 'nothing' : `${p.predicted} ${percent(p.confidence, 0)}`;
    lines.push(`  "${cut(p.text, 50)}"  expected ${p.label}, got ${got}${p.outOfScope ? `, judged out of scope${p.outOfScopeReason ? `: ${p.outOfScopeReason}` : ''}` : ''}`);
  }
  if (misses.length > failing) lines.push(`  and ${misses.length - failing} more: baton eval --json lists them all`);
  return lines;
}
