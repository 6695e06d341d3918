// Stratified folds: every example in exactly one fold, labels spread evenly, small labels over
// fewer folds, and the same folds for the same seed.
import { stratifiedFolds } from '../../src/eval/stratifiedFolds';

const labels = [...Array<string>(12).fill('a'), ...Array<string>(7).fill('b'), 'c', 'd', 'd'];

describe('stratifiedFolds', () => {
  it('puts every example in exactly one of k folds', () => {
    const plan = stratifiedFolds(labels, 5, 1);
    expect(plan.k).toBe(5);
    expect(plan.fold).toHaveLength(labels.length);
    for (const f of plan.fold) expect(f >= 0 && f < 5).toBe(true);
  });

  it('spreads each label over the folds as evenly as its examples allow', () => {
    const plan = stratifiedFolds(labels, 5, 1);
    const perFold = (label: string): number[] => [0, 1, 2, 3, 4].map((j) => labels.filter((l, i) => l === label && plan.fold[i] === j).length);
    for (const n of perFold('a')) expect(n === 2 || n === 3).toBe(true);
    for (const n of perFold('b')) expect(n === 1 || n === 2).toBe(true);
    expect(perFold('d').filter((n) => n > 0)).toEqual([1, 1]);
  });

  it('uses fewer folds when no label has as many examples as folds requested', () => {
    expect(stratifiedFolds(['a', 'a', 'b', 'b', 'c'], 5, 1).k).toBe(2);
  });

  it('repeats itself for the same seed and shuffles differently for another', () => {
    expect(stratifiedFolds(labels, 5, 7).fold).toEqual(stratifiedFolds(labels, 5, 7).fold);
    expect(stratifiedFolds(labels, 5, 7).fold).not.toEqual(stratifiedFolds(labels, 5, 8).fold);
  });

  it('rejects fewer than two folds', () => {
    expect(() => stratifiedFolds(labels, 1, 1)).toThrow(RangeError);
  });
});
