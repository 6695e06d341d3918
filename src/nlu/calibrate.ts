/**
 * Fits the calibration on held-out messages: the softmax temperature by minimum negative
 * log-likelihood of the in-scope ones, then the out-of-scope rule (confidence threshold, minimum
 * evidence) that rejects the most out-of-scope messages while turning away at most a given share of
 * the in-scope messages the model gets right.
 */
import type { Calibration } from './classifierModel';

/** Messages scored by a model that did not train on them. */
export interface HeldOut {
  readonly scores: readonly Float64Array[];
  /** Intent of each message, or -1 for an out-of-scope one. */
  readonly targets: Int32Array;
  /** Evidence of each message for its top-scoring intent. */
  readonly evidence: Float64Array;
}

export interface CalibrationOptions {
  /** Largest share (0..1) of correctly classified in-scope messages the rule may reject. */
  readonly maxFalseRejection: number;
  /** Minimum evidence always applied (not counted in the rejection budget): some evidence is needed. */
  readonly minEvidenceFloor: number;
  /** Minimum evidence used when there is no out-of-scope message to fit it on. */
  readonly defaultMinEvidence: number;
}

const EVIDENCE_GRID = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];

/** Most held-out messages the temperature is fitted on (evenly spaced), to bound the cost. */
const TEMPERATURE_SAMPLE = 500;

function maxOf(scores: Float64Array): number {
  let top = -Infinity;
  for (let c = 0; c < scores.length; c++) if (scores[c]! > top) top = scores[c]!;
  return top;
}

/** log(sum(exp(s / temperature))) - top / temperature, for `top` = the largest score. */
function logSumExpAboveTop(scores: Float64Array, top: number, temperature: number): number {
  let sum = 0;
  for (let c = 0; c < scores.length; c++) sum += Math.exp((scores[c]! - top) / temperature);
  return Math.log(sum);
}

/** The temperature in [e^-4, e^4] of least in-scope negative log-likelihood (golden-section search). */
export function fitTemperature(held: HeldOut): number {
  const inScope = [...held.targets.keys()].filter((i) => held.targets[i]! >= 0);
  const step = Math.max(1, inScope.length / TEMPERATURE_SAMPLE);
  const sample = Array.from({ length: Math.min(inScope.length, TEMPERATURE_SAMPLE) }, (_, k) => inScope[Math.floor(k * step)]!);
  const tops = sample.map((i) => maxOf(held.scores[i]!));
  const cost = (logT: number): number => {
    const temperature = Math.exp(logT);
    let total = 0;
    sample.forEach((i, k) => {
      const scores = held.scores[i]!;
      total += logSumExpAboveTop(scores, tops[k]!, temperature) - (scores[held.targets[i]!]! - tops[k]!) / temperature;
    });
    return total;
  };
  if (sample.length === 0) return 1;
  const ratio = (Math.sqrt(5) - 1) / 2;
  let [low, high] = [-4, 4];
  let a = high - ratio * (high - low);
  let b = low + ratio * (high - low);
  let [costA, costB] = [cost(a), cost(b)];
  for (let i = 0; i < 16; i++) {
    if (costA <= costB) {
      [high, b, costB] = [b, a, costA];
      a = high - ratio * (high - low);
      costA = cost(a);
    } else {
      [low, a, costA] = [a, b, costB];
      b = low + ratio * (high - low);
      costB = cost(b);
    }
  }
  return Math.exp((low + high) / 2);
}

/** Largest softmax probability of `scores` at `temperature`. */
export function topProbability(scores: Float64Array, temperature: number): number {
  return Math.exp(-logSumExpAboveTop(scores, maxOf(scores), temperature));
}

/** The threshold that rejects the `budget` least confident of `confidences` (sorted ascending). */
function thresholdFor(confidences: readonly number[], budget: number): number {
  if (budget <= 0 || confidences.length === 0) return 0;
  const last = confidences[Math.min(budget, confidences.length) - 1]!;
  const next = confidences[budget] ?? 1;
  return next > last ? (last + next) / 2 : last;
}

/** Temperature, threshold and minimum evidence fitted on `held`. */
export function fitCalibration(held: HeldOut, options: CalibrationOptions): Calibration {
  const temperature = fitTemperature(held);
  const correct: Array<{ p: number; evidence: number }> = [];
  const outOfScope: Array<{ p: number; evidence: number }> = [];
  held.scores.forEach((scores, i) => {
    const target = held.targets[i]!;
    const item = { p: topProbability(scores, temperature), evidence: held.evidence[i]! };
    if (target < 0) outOfScope.push(item);
    else if (scores[target] === maxOf(scores)) correct.push(item);
  });
  // The evidence floor is a fixed rule: the budget covers what the fitted rule rejects beyond it.
  const floor = options.minEvidenceFloor;
  const counted = correct.filter((c) => c.evidence >= floor).sort((a, b) => a.p - b.p);
  const budget = Math.floor(options.maxFalseRejection * counted.length);
  const ruleFor = (minEvidence: number) => {
    const kept = counted.filter((c) => c.evidence >= minEvidence).map((c) => c.p);
    const spent = counted.length - kept.length;
    return { threshold: thresholdFor(kept, budget - spent), over: spent > budget };
  };
  if (outOfScope.length === 0) {
    const minEvidence = Math.max(floor, options.defaultMinEvidence);
    return { temperature, threshold: ruleFor(minEvidence).threshold, minEvidence };
  }
  let best = { temperature, threshold: 0, minEvidence: floor };
  let bestRecall = -1;
  for (const minEvidence of [floor, ...EVIDENCE_GRID.filter((e) => e > floor)]) {
    const rule = ruleFor(minEvidence);
    if (rule.over) continue;
    const recall = outOfScope.filter((o) => o.p < rule.threshold || o.evidence < minEvidence).length;
    if (recall > bestRecall) [best, bestRecall] = [{ temperature, threshold: rule.threshold, minEvidence }, recall];
  }
  return best;
}
