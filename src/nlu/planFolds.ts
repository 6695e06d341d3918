/**
 * Cross-validation folds for training without a held-out set. Examples of each intent are dealt
 * round-robin into k folds; in addition, fold j withholds every example of the intents of group j,
 * so that each fold also has realistic out-of-scope messages: intents its model never saw.
 */
import { shuffle } from './random';

export interface Fold {
  /** Messages the fold's model trains on. */
  readonly train: number[];
  /** Held-out messages whose intent the model knows. */
  readonly inScope: number[];
  /** Held-out messages whose intent the model does not know. */
  readonly outOfScope: number[];
}

/** `k` folds over messages with intents `targets` (in 0..classes-1). */
export function planFolds(targets: Int32Array, classes: number, k: number, random: () => number): Fold[] {
  const fold = new Int32Array(targets.length);
  const byIntent: number[][] = Array.from({ length: classes }, () => []);
  targets.forEach((c, i) => byIntent[c]!.push(i));
  for (const members of byIntent) {
    const start = Math.floor(random() * k);
    shuffle(members, random).forEach((i, n) => (fold[i] = (start + n) % k));
  }
  const group = new Int32Array(classes).fill(-1);
  if (classes > 1) shuffle(Array.from(group.keys()), random).forEach((c, n) => (group[c] = n % k));
  return Array.from({ length: k }, (_, j) => {
    const train: number[] = [];
    targets.forEach((c, i) => fold[i] !== j && group[c] !== j && train.push(i));
    const known = new Set(train.map((i) => targets[i]!));
    const inScope: number[] = [];
    const outOfScope: number[] = [];
    targets.forEach((c, i) => {
      if (group[c] === j) outOfScope.push(i);
      else if (fold[i] === j) (known.has(c) ? inScope : outOfScope).push(i);
    });
    return { train, inScope, outOfScope };
  });
}
