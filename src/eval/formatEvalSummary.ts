// The short terminal summary of an eval report: accuracies, the weakest intents by F1 and the most
// confused pairs, as plain lines.
import type { EvalReport } from './evalReport';
import { percent } from './percent';

const pad = (text: string, width: number): string => (text.length >= width ? text : text + ' '.repeat(width - text.length));
const left = (text: string, width: number): string => (text.length >= width ? text : ' '.repeat(width - text.length) + text);
const cut = (text: string, width: number): string => (text.length > width ? `${text.slice(0, width - 3)}...` : text);

export function formatEvalSummary(report: EvalReport, worst = 5, pairs = 5): string[] {
  const cv = report.crossValidation;
  const held = report.heldOut;
  const lines = [
    `${report.bot.name} (${report.bot.id}): ${cv.examples} examples of ${report.intents.length} intents and FAQ entries, ${cv.folds}-fold cross-validation, ${held.examples} held-out tests`,
    `  accuracy            ${left(percent(cv.accuracy), 6)}  (${cv.correct}/${cv.examples} top intents right; ${cv.outOfScope} judged out of scope, ${percent(cv.strictAccuracy)} right and in scope)`,
    `  held-out accuracy   ${left(percent(held.accuracy), 6)}  (${held.correct}/${held.examples}; ${held.outOfScope} judged out of scope)`,
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
  return lines;
}
