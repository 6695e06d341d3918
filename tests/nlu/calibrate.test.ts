import { fitCalibration, fitTemperature, type HeldOut } from '../../src/nlu/calibrate';
import { seededRandom } from '../../src/nlu/random';

/** Held-out messages whose intents are drawn from softmax(scores / temperature). */
function simulated(temperature: number, count: number): HeldOut {
  const random = seededRandom(7);
  const scores: Float64Array[] = [];
  const targets: number[] = [];
  for (let i = 0; i < count; i++) {
    const s = Float64Array.from({ length: 5 }, () => random() * 6);
    const weights = Array.from(s, (v) => Math.exp(v / temperature));
    let pick = random() * weights.reduce((a, b) => a + b, 0);
    let target = 0;
    while (pick > weights[target]! && target < 4) pick -= weights[target++]!;
    scores.push(s);
    targets.push(target);
  }
  return { scores, targets: Int32Array.from(targets), unknown: new Float64Array(count) };
}

describe('calibration', () => {
  it('recovers the temperature that generated the held-out intents', () => {
    expect(fitTemperature(simulated(2, 3000))).toBeGreaterThan(1.6);
    expect(fitTemperature(simulated(2, 3000))).toBeLessThan(2.5);
  });

  it('rejects at most the allowed share of correctly classified messages', () => {
    const inScope = simulated(1, 400);
    const outOfScope = { scores: Array.from({ length: 100 }, () => new Float64Array([1, 1, 1, 1, 1.2])), targets: new Int32Array(100).fill(-1), unknown: new Float64Array(100) };
    const held: HeldOut = {
      scores: [...inScope.scores, ...outOfScope.scores],
      targets: Int32Array.from([...inScope.targets, ...outOfScope.targets]),
      unknown: Float64Array.from([...inScope.unknown, ...outOfScope.unknown]),
    };
    const calibration = fitCalibration(held, { maxFalseRejection: 0.05, defaultMaxUnknown: 0.5, fitUnknown: true });
    const confidence = (s: Float64Array) => {
      const e = Array.from(s, (v) => Math.exp(v / calibration.temperature));
      return Math.max(...e) / e.reduce((a, b) => a + b, 0);
    };
    const correct = inScope.scores.filter((s, i) => s[inScope.targets[i]!] === Math.max(...s));
    const rejected = correct.filter((s) => confidence(s) < calibration.threshold).length;
    expect(rejected).toBeLessThanOrEqual(Math.floor(0.05 * correct.length));
    expect(outOfScope.scores.every((s) => confidence(s) < calibration.threshold)).toBe(true);
  });

  it('falls back to the default largest unknown share when there is nothing out of scope to fit on', () => {
    const calibration = fitCalibration(simulated(1, 100), { maxFalseRejection: 0.01, defaultMaxUnknown: 0.5, fitUnknown: true });
    expect(calibration.maxUnknown).toBe(0.5);
  });

  it('turns the unknown-word rule on when out-of-scope messages are made of unknown words, within the budget', () => {
    const inScope = simulated(1, 400);
    // Out-of-scope messages as confident as the in-scope ones, but made of words the model never saw.
    const outOfScope = inScope.scores.slice(0, 100);
    const held: HeldOut = {
      scores: [...inScope.scores, ...outOfScope],
      targets: Int32Array.from([...inScope.targets, ...new Array<number>(100).fill(-1)]),
      unknown: Float64Array.from([...new Array<number>(400).fill(0.2), ...new Array<number>(100).fill(1)]),
    };
    const calibration = fitCalibration(held, { maxFalseRejection: 0.01, defaultMaxUnknown: 0.5, fitUnknown: true });
    expect(calibration.maxUnknown).toBeLessThan(1);
    expect(calibration.maxUnknown).toBeGreaterThanOrEqual(0.2);
  });
});
