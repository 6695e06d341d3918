/** Scores held-out messages with a model that never trained on them, for choosing alpha and calibrating. */
import type { HeldOut } from './calibrate';
import { evidence } from './evidence';
import { scoreMessage, type EncodedMessage, type ScoringModel } from './scoringModel';
import type { FeatureTable } from './featureTable';

/** A held-out message: its encoding, its words, and its intent (-1 when out of scope). */
export interface HeldOutMessage {
  readonly message: EncodedMessage;
  readonly words: readonly string[];
  readonly target: number;
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

/** Scores, targets and evidence of `messages` under `model`. */
export function scoreHeldOut(model: ScoringModel, wordTable: FeatureTable, messages: readonly HeldOutMessage[]): HeldOut {
  const scores = messages.map((m) => {
    const out = new Float64Array(model.classes);
    scoreMessage(model, m.message, out);
    return out;
  });
  return {
    scores,
    targets: Int32Array.from(messages, (m) => m.target),
    evidence: Float64Array.from(messages, (m, i) => evidence(wordTable, model.word, m.words, argmax(scores[i]!))),
  };
}

/** Concatenation of held-out sets. */
export function mergeHeldOut(parts: readonly HeldOut[]): HeldOut {
  return {
    scores: parts.flatMap((p) => p.scores),
    targets: Int32Array.from(parts.flatMap((p) => [...p.targets])),
    evidence: Float64Array.from(parts.flatMap((p) => [...p.evidence])),
  };
}
