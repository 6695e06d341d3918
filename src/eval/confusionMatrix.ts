// The confusion matrix of a set of predictions: true intents in rows, top predicted intents in
// columns, and beside it how many of each row's predictions were judged out of scope.
import type { ConfusionMatrix, Prediction } from './evalReport';

export function confusionMatrix(labels: readonly string[], predictions: readonly Prediction[]): ConfusionMatrix {
  const index = new Map(labels.map((l, i) => [l, i]));
  const counts = labels.map(() => new Array<number>(labels.length).fill(0));
  const outOfScope = new Array<number>(labels.length).fill(0);
  for (const p of predictions) {
    const row = index.get(p.label);
    if (row === undefined) continue;
    if (p.outOfScope) outOfScope[row]!++;
    const column = p.predicted === null ? undefined : index.get(p.predicted);
    if (column !== undefined) counts[row]![column]!++;
  }
  return { labels, counts, outOfScope };
}
