/**
 * Fits the calibration on held-out messages: the softmax temperature by minimum negative
 * log-likelihood of the in-scope ones, then the out-of-scope rule (confidence threshold, largest
 * share of unknown words) that rejects the most out-of-scope messages while turning away at most a
 * given share of the in-scope messages the model gets right.
 */
import type { Calibration } from './classifierModel';

/** Messages scored by a model that did not train on them. */
export interface HeldOut {
  readonly scores: readonly Float64Array[];
  /** Intent of each message, or -1 for an out-of-scope one. */
  readonly targets: Int32Array;
  /** Share of each message's content words the scoring model never saw (see unknownWords.ts). */
  readonly unknown: Float64Array;
}

export interface CalibrationOptions {
  /** Largest share (0..1) of correctly classified in-scope messages the confidence threshold may reject. */
  readonly maxFalseRejection: number;
  /**
   * Largest share of unknown words, used as it is (and not charged to the budget) unless `fitUnknown`
   * and there are out-of-scope messages to fit it on.
   */
  readonly defaultMaxUnknown: number;
  /** Whether to fit the unknown-word rule (on real out-of-scope messages, not cross-validation folds). */
  readonly fitUnknown: boolean;
}

/** Largest shares of unknown words tried when out-of-scope messages are given (1: the rule is off). */
const UNKNOWN_GRID = [0.5, 0.6, 0.75, 1];

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

/**
 * Temperature, threshold and largest unknown share fitted on `held`. A fitted unknown-word rule spends
 * the rejection budget first and the confidence threshold gets what is left; the default rule is not
 * counted (it is the visible rule an author reads and tunes in the manifest).
 */
export function fitCalibration(held: HeldOut, options: CalibrationOptions): Calibration {
  const temperature = fitTemperature(held);
  const correct: Array<{ p: number; unknown: number }> = [];
  const outOfScope: Array<{ p: number; unknown: number }> = [];
  held.scores.forEach((scores, i) => {
    const target = held.targets[i]!;
    const item = { p: topProbability(scores, temperature), unknown: held.unknown[i]! };
    if (target < 0) outOfScope.push(item);
    else if (scores[target] === maxOf(scores)) correct.push(item);
  });
  const budget = Math.floor(options.maxFalseRejection * correct.length);
  if (!options.fitUnknown || outOfScope.length === 0) {
    const maxUnknown = options.defaultMaxUnknown;
    const kept = correct.filter((c) => c.unknown <= maxUnknown).map((c) => c.p).sort((a, b) => a - b);
    return { temperature, threshold: thresholdFor(kept, Math.floor(options.maxFalseRejection * kept.length)), maxUnknown };
  }
  let best: Calibration = { temperature, threshold: 0, maxUnknown: 1 };
  let bestRecall = -1;
  for (const maxUnknown of UNKNOWN_GRID) {
    const kept = correct.filter((c) => c.unknown <= maxUnknown).map((c) => c.p).sort((a, b) => a - b);
    const spent = correct.length - kept.length;
    if (spent > budget) continue;
    const threshold = thresholdFor(kept, budget - spent);
    const recall = outOfScope.filter((o) => o.p < threshold || o.unknown > maxUnknown).length;
    if (recall > bestRecall) [best, bestRecall] = [{ temperature, threshold, maxUnknown }, recall];
  }
  return best;
}
