// The intent pairs most often mistaken for each other (either way round: the top intent was the
// other one), with the predictions that caused each confusion.
import type { ConfusedPair, Prediction } from './evalReport';

export function confusedPairs(predictions: readonly Prediction[], limit = 10): ConfusedPair[] {
  const pairs = new Map<string, { a: string; b: string; aAsB: Prediction[]; bAsA: Prediction[] }>();
  for (const p of predictions) {
    if (p.predicted === null || p.predicted === p.label) continue;
    const [a, b] = p.label < p.predicted ? [p.label, p.predicted] : [p.predicted, p.label];
    const key = `${a}|${b}`;
    let pair = pairs.get(key);
    if (!pair) pairs.set(key, (pair = { a, b, aAsB: [], bAsA: [] }));
    (p.label === a ? pair.aAsB : pair.bAsA).push(p);
  }
  return [...pairs.entries()]
    .map(([key, { a, b, aAsB, bAsA }]) => ({
      a,
      b,
      key,
      aAsB: aAsB.length,
      bAsA: bAsA.length,
      total: aAsB.length + bAsA.length,
      examples: [...aAsB, ...bAsA].sort((x, y) => y.confidence - x.confidence),
    }))
    .sort((x, y) => y.total - x.total || (x.key < y.key ? -1 : 1))
    .slice(0, limit);
}
