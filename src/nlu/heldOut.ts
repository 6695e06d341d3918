/** Scores held-out messages with a model that never trained on them, for choosing alpha and calibrating. */
import type { HeldOut } from './calibrate';
import type { FeatureTable } from './featureTable';
import { scoreMessage, type EncodedMessage, type ScoringModel } from './scoringModel';
import { unknownWords } from './unknownWords';
import { vectorRows } from './wordInfo';
import { vectorLogits, type VectorModel } from './vectors/vectorModel';

/** A held-out message: its encoding, its words, and its intent (-1 when out of scope). */
export interface HeldOutMessage {
  readonly message: EncodedMessage;
  readonly words: readonly string[];
  readonly target: number;
}

/** Held-out messages scored by each part of a model, before the parts are weighed together. */
export interface ScoredParts {
  readonly messages: readonly HeldOutMessage[];
  /** Naive-Bayes (fine-tuned) scores. */
  readonly base: readonly Float64Array[];
  /** Word-vector logits, or null for a message without vectors (or a model without that part). */
  readonly logits: readonly (Float64Array | null)[];
  readonly scoring: ScoringModel;
}

function argmax(scores: Float64Array): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
  return best;
}

/** Share of the in-scope `messages` whose best-scoring intent is right. */
export function accuracy(model: ScoringModel, messages: readonly HeldOutMessage[]): number {
  const scores = new Float64Array(model.classes);
  let right = 0;
  let total = 0;
  for (const m of messages) {
    if (m.target < 0) continue;
    scoreMessage(model, m.message, scores);
    total++;
    if (argmax(scores) === m.target) right++;
  }
  return total > 0 ? right / total : 0;
}

/** Each part's scores of `messages`. */
export function scoreParts(scoring: ScoringModel, vectors: VectorModel | undefined, messages: readonly HeldOutMessage[]): ScoredParts {
  const base = messages.map((m) => {
    const out = new Float64Array(scoring.classes);
    scoreMessage(scoring, m.message, out);
    return out;
  });
  const logits = messages.map((m, i) => {
    if (!vectors) return null;
    const out = new Float64Array(scoring.classes);
    return vectorLogits(vectors, vectorRows(m.words), base[i]!, out) ? out : null;
  });
  return { messages, base, logits, scoring };
}

/** Base scores plus `weight` x the vector logits of message i. */
function combined(parts: ScoredParts, i: number, weight: number): Float64Array {
  const base = parts.base[i]!;
  const logits = parts.logits[i];
  if (!logits || weight === 0) return base;
  return base.map((s, c) => s + weight * logits[c]!);
}

/** In-scope messages right, over several scored sets, when the vector part has `weight`. */
function rightAt(parts: readonly ScoredParts[], weight: number): number {
  let right = 0;
  for (const p of parts) p.messages.forEach((m, i) => m.target >= 0 && argmax(combined(p, i, weight)) === m.target && right++);
  return right;
}

/** The weight of `grid` that classifies the most in-scope messages right; ties go to the one nearest `preferred`. */
export function chooseVectorWeight(parts: readonly ScoredParts[], grid: readonly number[], preferred: number): number {
  let best = { weight: 0, right: -1, distance: Infinity };
  for (const weight of grid) {
    const right = rightAt(parts, weight);
    const distance = Math.abs(weight - preferred);
    if (right > best.right || (right === best.right && distance < best.distance)) best = { weight, right, distance };
  }
  return best.weight;
}

/**
 * Scores, targets and unknown-word shares of the scored messages with the vector part at `weight`.
 * A word is unknown when the scoring model (the fold's, in cross-validation) has no weight for it.
 */
export function heldOutAt(parts: ScoredParts, wordTable: FeatureTable, weight: number): HeldOut {
  return {
    scores: parts.messages.map((_, i) => combined(parts, i, weight)),
    targets: Int32Array.from(parts.messages, (m) => m.target),
    unknown: Float64Array.from(parts.messages, (m) => unknownWords(wordTable, parts.scoring.word, m.words).ruleShare),
  };
}

/** Concatenation of held-out sets. */
export function mergeHeldOut(parts: readonly HeldOut[]): HeldOut {
  return {
    scores: parts.flatMap((p) => p.scores),
    targets: Int32Array.from(parts.flatMap((p) => [...p.targets])),
    unknown: Float64Array.from(parts.flatMap((p) => [...p.unknown])),
  };
}
