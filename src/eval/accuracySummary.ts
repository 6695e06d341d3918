// Counts right, out-of-scope and pattern-decided predictions of one evaluation.
import type { AccuracySummary, Prediction } from './evalReport';

export function accuracySummary(predictions: readonly Prediction[]): AccuracySummary {
  const n = predictions.length;
  const correct = predictions.filter((p) => p.correct).length;
  const correctInScope = predictions.filter((p) => p.correct && !p.outOfScope).length;
  return {
    examples: n,
    correct,
    accuracy: n > 0 ? correct / n : null,
    outOfScope: predictions.filter((p) => p.outOfScope).length,
    correctInScope,
    strictAccuracy: n > 0 ? correctInScope / n : null,
    byPattern: predictions.filter((p) => p.byPattern).length,
  };
}
