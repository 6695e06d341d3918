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
  return { scores, targets: Int32Array.from(targets), evidence: new Float64Array(count).fill(1) };
}

describe('calibration', () => {
  it('recovers the temperature that generated the held-out intents', () => {
    expect(fitTemperature(simulated(2, 3000))).toBeGreaterThan(1.6);
    expect(fitTemperature(simulated(2, 3000))).toBeLessThan(2.5);
  });

  it('rejects at most the allowed share of correctly classified messages', () => {
    const inScope = simulated(1, 400);
    const outOfScope = { scores: Array.from({ length: 100 }, () => new Float64Array([1, 1, 1, 1, 1.2])), targets: new Int32Array(100).fill(-1), evidence: new Float64Array(100).fill(1) };
    const held: HeldOut = {
      scores: [...inScope.scores, ...outOfScope.scores],
      targets: Int32Array.from([...inScope.targets, ...outOfScope.targets]),
      evidence: Float64Array.from([...inScope.evidence, ...outOfScope.evidence]),
    };
    const calibration = fitCalibration(held, { maxFalseRejection: 0.05, minEvidenceFloor: 0, defaultMinEvidence: 0.25 });
    const confidence = (s: Float64Array) => {
      const e = Array.from(s, (v) => Math.exp(v / calibration.temperature));
      return Math.max(...e) / e.reduce((a, b) => a + b, 0);
    };
    const correct = inScope.scores.filter((s, i) => s[inScope.targets[i]!] === Math.max(...s));
    const rejected = correct.filter((s) => confidence(s) < calibration.threshold).length;
    expect(rejected).toBeLessThanOrEqual(Math.floor(0.05 * correct.length));
    expect(outOfScope.scores.every((s) => confidence(s) < calibration.threshold)).toBe(true);
  });

  it('falls back to the default minimum evidence when there is nothing out of scope to fit on', () => {
    const calibration = fitCalibration(simulated(1, 100), { maxFalseRejection: 0.01, minEvidenceFloor: 0.01, defaultMinEvidence: 0.25 });
    expect(calibration.minEvidence).toBe(0.25);
  });
});
