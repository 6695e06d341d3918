// Assigns examples to cross-validation folds, stratified by label: each label's examples are
// shuffled (seeded, so runs repeat) and dealt round-robin, continuing where the previous label
// stopped so folds stay the same size. A label with fewer examples than folds lands in fewer folds,
// one example in each, so every example is tested exactly once by a model that never saw it.
import { seededRandom, shuffle } from '../nlu/random';

export interface FoldPlan {
  /** Folds actually used: at most the requested number, the largest label's size, and the examples. */
  readonly k: number;
  /** fold[i]: the fold that tests example i. */
  readonly fold: readonly number[];
}

export function stratifiedFolds(labels: readonly string[], requested: number, seed: number): FoldPlan {
  if (!Number.isInteger(requested) || requested < 2) throw new RangeError(`folds must be an integer of at least 2, not ${requested}`);
  const byLabel = new Map<string, number[]>();
  labels.forEach((label, i) => {
    const members = byLabel.get(label);
    if (members) members.push(i);
    else byLabel.set(label, [i]);
  });
  const largest = Math.max(0, ...[...byLabel.values()].map((m) => m.length));
  const k = Math.max(1, Math.min(requested, Math.max(2, largest), labels.length));
  const random = seededRandom(seed);
  const fold = new Array<number>(labels.length).fill(0);
  let next = 0;
  for (const members of byLabel.values()) {
    for (const i of shuffle([...members], random)) fold[i] = next++ % k;
  }
  return { k, fold };
}
