/**
 * The word-vector part of the classifier: a linear softmax model over a message's sentence vector
 * (see sentenceVector.ts), added to the naive-Bayes scores as `weight` x its logit. It carries meaning
 * the author's exact words do not ("purchase" near "buy"), which matters most when intents have few
 * examples. For speed it is trained and scored only over the `candidates` intents the naive-Bayes
 * part ranks highest (plus the true one in training); the other intents get the lowest candidate's
 * logit, which leaves their order to naive Bayes. Softmax normalisation is not needed: a constant
 * added to every intent's score cancels in the classifier's own softmax.
 */
import { seededRandom, shuffle } from '../random';
import { rowWeights, sentenceVector, type VectorIdf } from './sentenceVector';
import { vectorRows } from '../wordInfo';
import { wordVectors } from './wordVectors';

export interface VectorModel extends VectorIdf {
  readonly classes: number;
  readonly dimensions: number;
  /** classes x dimensions. */
  readonly weights: Float32Array;
  readonly bias: Float32Array;
  /** Intents scored per message: the best by naive Bayes. */
  readonly candidates: number;
  /** Multiplier of the logits added to the naive-Bayes scores (0: the part is off). */
  readonly weight: number;
}

export interface VectorTrainOptions {
  /** Passes over the examples, at most; large sets get fewer (see `stepBudget`). */
  readonly epochs: number;
  /** SGD steps aimed for: epochs = clamp(stepBudget / examples, 2, epochs), bounding training time. */
  readonly stepBudget: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly candidates: number;
  readonly seed: number;
}

export const DEFAULT_VECTOR_TRAINING: Omit<VectorTrainOptions, 'seed'> = { epochs: 10, stepBudget: 40_000, learningRate: 1, l2: 1e-4, candidates: 12 };

/** The `k` best-scoring intents, best first (insertion into a short sorted list). */
export function topCandidates(scores: ArrayLike<number>, k: number, out: Int32Array): number {
  let n = 0;
  for (let c = 0; c < scores.length; c++) {
    const v = scores[c]!;
    if (n === k && v <= scores[out[k - 1]!]!) continue;
    let at = n === k ? k - 1 : n++;
    for (; at > 0 && scores[out[at - 1]!]! < v; at--) out[at] = out[at - 1]!;
    out[at] = c;
  }
  return n;
}

/** Logit of intent `c` for sentence vector `x`. */
function logit(model: Pick<VectorModel, 'weights' | 'bias' | 'dimensions'>, c: number, x: Float32Array): number {
  const { weights, dimensions } = model;
  let s = model.bias[c]!;
  const base = c * dimensions;
  for (let d = 0; d < dimensions; d++) s += weights[base + d]! * x[d]!;
  return s;
}

const scratchVector = new Float32Array(512);
let scratchCandidates = new Int32Array(64);
let scratchLogits = new Float64Array(64);
const weightsOfModel = new WeakMap<VectorModel, Float32Array>();

/** The per-row word weights of `model` (see rowWeights), made on first use. */
function weightOfRow(model: VectorModel): Float32Array {
  let table = weightsOfModel.get(model);
  if (!table) {
    table = rowWeights(wordVectors(), model);
    weightsOfModel.set(model, table);
  }
  return table;
}

/**
 * Writes into the scratch buffers the logits of the `candidates` intents best by `baseScores` and
 * returns how many there are: 0 when no word of the message has a vector.
 */
function candidateLogits(model: VectorModel, rows: ArrayLike<number>, baseScores: ArrayLike<number>): number {
  const x = scratchVector.subarray(0, model.dimensions);
  if (!sentenceVector(wordVectors(), weightOfRow(model), rows, x)) return 0;
  const k = Math.min(model.candidates, model.classes);
  if (scratchCandidates.length < k) [scratchCandidates, scratchLogits] = [new Int32Array(k), new Float64Array(k)];
  const n = topCandidates(baseScores, k, scratchCandidates);
  for (let i = 0; i < n; i++) scratchLogits[i] = logit(model, scratchCandidates[i]!, x);
  return n;
}

function lowestOf(logits: Float64Array, n: number): number {
  let lowest = Infinity;
  for (let i = 0; i < n; i++) if (logits[i]! < lowest) lowest = logits[i]!;
  return lowest;
}

/**
 * Writes the model's logits for a message (its words' vector `rows`) into `out` (unweighted): the `candidates` intents best by
 * `baseScores` get their own, the rest the lowest of those. Returns false (out untouched) when no word
 * of the message has a vector.
 */
export function vectorLogits(model: VectorModel, rows: ArrayLike<number>, baseScores: ArrayLike<number>, out: Float64Array): boolean {
  const n = candidateLogits(model, rows, baseScores);
  if (n === 0) return false;
  out.fill(lowestOf(scratchLogits, n), 0, model.classes);
  for (let i = 0; i < n; i++) out[scratchCandidates[i]!] = scratchLogits[i]!;
  return true;
}

/**
 * Adds `model.weight` x its logits to `scores` (the naive-Bayes scores of the same message). Only the
 * candidates' scores change: each gets weight x (its logit - the lowest candidate logit), which differs
 * from adding the full logits by a constant, and a constant cancels in the softmax.
 */
export function addVectorScores(model: VectorModel, rows: ArrayLike<number>, scores: Float64Array): void {
  if (model.weight === 0) return;
  const n = candidateLogits(model, rows, scores);
  if (n === 0) return;
  const lowest = lowestOf(scratchLogits, n);
  for (let i = 0; i < n; i++) scores[scratchCandidates[i]!]! += model.weight * (scratchLogits[i]! - lowest);
}

/**
 * Trains the logits by SGD (softmax cross-entropy over each message's candidates, L2, a linearly
 * decaying rate) on `words[i]` with intent `targets[i]` for i in `chosen`; `candidatesOf(i)` gives
 * the naive-Bayes candidates of message i. The returned model has weight 0 until one is chosen.
 */
export function trainVectorModel(
  words: readonly (readonly string[])[],
  targets: Int32Array,
  classes: number,
  chosen: readonly number[],
  idf: VectorIdf,
  candidatesOf: (i: number) => Int32Array,
  options: VectorTrainOptions,
): VectorModel {
  const vectors = wordVectors();
  const dimensions = vectors.dimensions;
  const weightsOfRows = rowWeights(vectors, idf);
  const model = { ...idf, classes, dimensions, weights: new Float32Array(classes * dimensions), bias: new Float32Array(classes), candidates: options.candidates, weight: 0 };
  const xs: Float32Array[] = [];
  const cands: Int32Array[] = [];
  const truth: number[] = [];
  for (const i of chosen) {
    const x = new Float32Array(dimensions);
    if (!sentenceVector(vectors, weightsOfRows, vectorRows(words[i]!), x)) continue;
    const own = candidatesOf(i);
    const target = targets[i]!;
    xs.push(x);
    cands.push(own.includes(target) ? own : Int32Array.from([...own.subarray(0, own.length - 1), target]));
    truth.push(target);
  }
  const order = xs.map((_, n) => n);
  const random = seededRandom(options.seed);
  const z = new Float64Array(classes);
  const epochs = Math.max(2, Math.min(options.epochs, Math.round(options.stepBudget / Math.max(1, order.length))));
  const total = epochs * order.length;
  const { weights: w, bias } = model;
  const decay = options.l2;
  let step = 0;
  for (let e = 0; e < epochs; e++) {
    shuffle(order, random);
    for (let k = 0; k < order.length; k++) {
      const n = order[k]!;
      const rate = options.learningRate * (1 - step++ / total);
      const x = xs[n]!;
      const cs = cands[n]!;
      const target = truth[n]!;
      let top = -Infinity;
      for (let j = 0; j < cs.length; j++) {
        const c = cs[j]!;
        const base = c * dimensions;
        let s = bias[c]!;
        for (let d = 0; d < dimensions; d++) s += w[base + d]! * x[d]!;
        z[c] = s;
        if (s > top) top = s;
      }
      let sum = 0;
      for (let j = 0; j < cs.length; j++) {
        const c = cs[j]!;
        const ez = Math.exp(z[c]! - top);
        z[c] = ez;
        sum += ez;
      }
      for (let j = 0; j < cs.length; j++) {
        const c = cs[j]!;
        const g = z[c]! / sum - (c === target ? 1 : 0);
        bias[c]! -= rate * g;
        const base = c * dimensions;
        const rg = rate * g;
        const shrink = 1 - rate * decay;
        for (let d = 0; d < dimensions; d++) w[base + d] = w[base + d]! * shrink - rg * x[d]!;
      }
    }
  }
  return model;
}
