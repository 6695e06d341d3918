/**
 * Fine-tunes the word-level weights of a naive-Bayes scoring model with softmax cross-entropy, by SGD
 * with a linearly decaying rate. Only existing posting weights move, so the model keeps its size and
 * scoring cost; the character-level part stays naive Bayes and is added at scoring time. For speed,
 * each message's softmax runs over the `candidates` intents that score best on its words (plus its own).
 */
import { findIntent } from './postings';
import { seededRandom, shuffle } from './random';
import { scoreWords, type EncodedMessage, type ScoringModel } from './scoringModel';
import { softmaxInPlace } from './softmax';

export interface FineTuneOptions {
  readonly epochs: number;
  readonly learningRate: number;
  /** Intents per message in the restricted softmax. */
  readonly candidates: number;
  readonly seed: number;
}

/** Per message n: candidate intents start[n].., their fixed score parts, the postings reaching them. */
interface Restricted {
  readonly start: Int32Array;
  readonly intents: Uint16Array;
  readonly base: Float64Array;
  readonly postingStart: Int32Array;
  readonly posting: Int32Array;
  readonly slot: Uint8Array;
  readonly x: Float32Array;
}

/** The `k` best-scoring intents (insertion into a short sorted list), `target` always among them. */
function topIntents(scores: Float64Array, k: number, target: number): number[] {
  const top: number[] = [];
  for (let c = 0; c < scores.length; c++) {
    const v = scores[c]!;
    if (top.length === k && v <= scores[top[k - 1]!]!) continue;
    let at = top.length === k ? k - 1 : top.length;
    for (; at > 0 && scores[top[at - 1]!]! < v; at--) top[at] = top[at - 1]!;
    top[at] = c;
  }
  if (!top.includes(target)) top[top.length - 1] = target;
  return top;
}

/** Candidate intents of each message and the word postings that reach them, as flat typed arrays. */
function restrict(model: ScoringModel, messages: readonly EncodedMessage[], targets: Int32Array, chosen: readonly number[], k: number): Restricted {
  const { offsets, intents } = model.word;
  let bound = 0;
  for (const i of chosen) for (const f of messages[i]!.wordIds) bound += Math.min(k, offsets[f + 1]! - offsets[f]!);
  const r: Restricted = {
    start: new Int32Array(chosen.length + 1),
    intents: new Uint16Array(chosen.length * k),
    base: new Float64Array(chosen.length * k),
    postingStart: new Int32Array(chosen.length + 1),
    posting: new Int32Array(bound),
    slot: new Uint8Array(bound),
    x: new Float32Array(bound),
  };
  const scores = new Float64Array(model.classes);
  const slotOf = new Int32Array(model.classes).fill(-1);
  let at = 0;
  for (let n = 0; n < chosen.length; n++) {
    const i = chosen[n]!;
    const message = messages[i]!;
    const mass = scoreWords(model, message, scores);
    const top = topIntents(scores, k, targets[i]!);
    for (let s = 0; s < top.length; s++) {
      const c = top[s]!;
      slotOf[c] = s;
      r.intents[n * k + s] = c;
      r.base[n * k + s] = model.bias[c]! + model.massWeight[c]! * mass;
    }
    const { wordIds, wordValues } = message;
    for (let j = 0; j < wordIds.length; j++) {
      const f = wordIds[j]!;
      const [start, end] = [offsets[f]!, offsets[f + 1]!];
      const x = wordValues[j]!;
      if (end - start > 8 * k) {
        // Long list (a common word): look the few candidates up rather than scan it.
        for (let s = 0; s < top.length; s++) {
          const p = findIntent(intents, start, end, top[s]!);
          if (p < 0) continue;
          r.posting[at] = p;
          r.slot[at] = s;
          r.x[at++] = x;
        }
        continue;
      }
      for (let p = start; p < end; p++) {
        const s = slotOf[intents[p]!]!;
        if (s < 0) continue;
        r.posting[at] = p;
        r.slot[at] = s;
        r.x[at++] = x;
      }
    }
    for (const c of top) slotOf[c] = -1;
    r.start[n + 1] = (n + 1) * k;
    r.postingStart[n + 1] = at;
  }
  return r;
}

/** One pass of SGD over messages n in `order`, the rate falling from `rate` by `step` per message. */
function epoch(weights: Float32Array, r: Restricted, truth: Int32Array, order: readonly number[], rate: number, step: number): void {
  const { start, intents, base, postingStart, posting, slot, x } = r;
  const s = new Float64Array(256);
  for (const n of order) {
    const first = start[n]!;
    const k = start[n + 1]! - first;
    const qEnd = postingStart[n + 1]!;
    for (let j = 0; j < k; j++) s[j] = base[first + j]!;
    for (let q = postingStart[n]!; q < qEnd; q++) s[slot[q]!]! += x[q]! * weights[posting[q]!]!;
    softmaxInPlace(s, k);
    s[truth[n]!]! -= 1;
    for (let q = postingStart[n]!; q < qEnd; q++) weights[posting[q]!]! -= rate * x[q]! * s[slot[q]!]!;
    rate -= step;
  }
}

/** A copy of `model` fitted further on `messages[i]` with intent `targets[i]` for each i in `chosen`. */
export function fineTune(
  model: ScoringModel,
  messages: readonly EncodedMessage[],
  targets: Int32Array,
  chosen: readonly number[],
  options: FineTuneOptions,
): ScoringModel {
  const weights = model.word.weights.slice();
  const r = restrict(model, messages, targets, chosen, Math.min(options.candidates, model.classes, 256));
  const truth = Int32Array.from(chosen, (i, n) => r.intents.subarray(r.start[n], r.start[n + 1]).indexOf(targets[i]!));
  const random = seededRandom(options.seed);
  const order = chosen.map((_, n) => n);
  const step = options.learningRate / (options.epochs * order.length);
  for (let e = 0; e < options.epochs; e++) {
    epoch(weights, r, truth, shuffle(order, random), options.learningRate - e * order.length * step, step);
  }
  return { ...model, word: { ...model.word, weights } };
}
