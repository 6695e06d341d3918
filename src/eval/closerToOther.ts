// Training examples that sit closer to another intent than to their own: cross-validation ranked
// another intent above the true one. Largest margin first; these are the examples to reword, move
// or balance with others.
import type { CloserExample, Prediction } from './evalReport';

export function closerToOther(predictions: readonly Prediction[]): CloserExample[] {
  return predictions
    .filter((p) => p.predicted !== null && p.predicted !== p.label && p.confidence > p.trueConfidence)
    .map((p) => ({ ...p, margin: p.confidence - p.trueConfidence }))
    .sort((x, y) => y.margin - x.margin || (x.text < y.text ? -1 : x.text > y.text ? 1 : 0));
}
