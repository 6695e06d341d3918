import { planFolds } from '../../src/nlu/planFolds';
import { seededRandom } from '../../src/nlu/random';

const targets = Int32Array.from({ length: 60 }, (_, i) => i % 6);

describe('cross-validation folds', () => {
  const folds = planFolds(targets, 6, 3, seededRandom(1));

  it('never trains a fold on a message it holds out', () => {
    for (const fold of folds) {
      const train = new Set(fold.train);
      for (const i of [...fold.inScope, ...fold.outOfScope]) expect(train.has(i)).toBe(false);
    }
  });

  it('holds every message out as in scope at most once', () => {
    const seen = folds.flatMap((f) => f.inScope);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('withholds whole intents so that each fold has out-of-scope messages', () => {
    for (const fold of folds) {
      const trained = new Set(fold.train.map((i) => targets[i]));
      expect(fold.outOfScope.length).toBeGreaterThan(0);
      for (const i of fold.outOfScope) expect(trained.has(targets[i]!)).toBe(false);
    }
  });
});
