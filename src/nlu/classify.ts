/** Classifies a message: calibrated confidences for every intent, best first, and an out-of-scope flag. */
import type { ClassifierModel } from './classifierModel';
import { encodeMessage } from './encodeMessage';
import { messageFeatures } from './messageFeatures';
import { scoreMessage } from './scoringModel';
import { softmaxInPlace } from './softmax';
import { unknownWords, type UnknownWords } from './unknownWords';
import { languageByCode } from '../language/languageOf';
import { vectorRows } from './wordInfo';
import { addVectorScores } from './vectors/vectorModel';

export interface RankedIntent {
  readonly label: string;
  /** Calibrated probability; over all intents they sum to 1. */
  readonly confidence: number;
}

export interface Classification {
  /** The best intents, best first: `limit` of them (default 10, or all of them). */
  readonly ranking: RankedIntent[];
  readonly top: RankedIntent;
  /** True when the top confidence is below the model's threshold or most of its words are unknown. */
  readonly outOfScope: boolean;
  /** Why it is out of scope (absent when it is not). */
  readonly reason?: OutOfScopeReason;
  /** The message's content words the bot never saw, and their share of them (see unknownWords.ts). */
  readonly unknown: UnknownWords;
}

/** What an author is shown when a message is judged out of scope. */
export type OutOfScopeReason =
  | { readonly kind: 'noWords' }
  | { readonly kind: 'unknownWords'; readonly words: readonly string[]; readonly share: number; readonly limit: number }
  | { readonly kind: 'lowConfidence'; readonly confidence: number; readonly threshold: number };

export interface ClassifyOptions {
  /** Number of intents in the ranking (default 10; Infinity for all of them). */
  readonly limit?: number;
}

const DEFAULT_LIMIT = 10;

const INDEX_BITS = 16;
let packed = new Float64Array(256);
let shared = new Float64Array(256);

/**
 * All intents by descending probability (ties by index). Sorting numbers natively is much faster
 * than sorting with a comparator, so each probability is packed with its index into one number:
 * (1 - p) quantised to 2^-36, times 2^16, plus the index.
 */
function rankAll(probabilities: Float64Array): number[] {
  const n = probabilities.length;
  if (packed.length < n) packed = new Float64Array(n);
  const keys = packed.subarray(0, n);
  for (let c = 0; c < n; c++) keys[c] = Math.floor((1 - probabilities[c]!) * 2 ** 36) * 2 ** INDEX_BITS + c;
  keys.sort();
  const order: number[] = new Array(n);
  for (let i = 0; i < n; i++) order[i] = keys[i]! % 2 ** INDEX_BITS;
  // Probabilities closer than the quantum (all the tiny ones) are now in index order: an insertion
  // sort over the nearly sorted list puts them in exact order in linear time.
  for (let i = 1; i < n; i++) {
    const c = order[i]!;
    const p = probabilities[c]!;
    let at = i;
    for (; at > 0 && (probabilities[order[at - 1]!]! < p || (probabilities[order[at - 1]!]! === p && order[at - 1]! > c)); at--) order[at] = order[at - 1]!;
    order[at] = c;
  }
  return order;
}

/** The `limit` most probable intents, best first (ties by index), by insertion into a short list. */
function rankTop(probabilities: Float64Array, limit: number): number[] {
  const top: number[] = [];
  for (let c = 0; c < probabilities.length; c++) {
    const p = probabilities[c]!;
    if (top.length === limit && p <= probabilities[top[limit - 1]!]!) continue;
    let at = top.length === limit ? limit - 1 : top.length;
    for (; at > 0 && probabilities[top[at - 1]!]! < p; at--) top[at] = top[at - 1]!;
    top[at] = c;
  }
  return top;
}

/** Classifies `text` (any length: only its first `maxChars` characters are read). */
export function classify(model: ClassifierModel, text: string, options: ClassifyOptions = {}): Classification {
  const n = model.labels.length;
  const features = messageFeatures(text, model.features, true, model.spelling.correct);
  if (shared.length < n) shared = new Float64Array(n);
  const scores = shared.subarray(0, n);
  scoreMessage(model.scoring, encodeMessage(model, features, true), scores);
  if (model.vectors) addVectorScores(model.vectors, features.rows ?? vectorRows(features.words), scores);
  const { temperature, threshold, maxUnknown } = model.calibration;
  softmaxInPlace(scores, n, temperature);
  const limit = Math.max(1, Math.min(options.limit ?? DEFAULT_LIMIT, n));
  const order = limit === n ? rankAll(scores) : rankTop(scores, limit);
  const ranking = order.map((c): RankedIntent => ({ label: model.labels[c]!, confidence: scores[c]! }));
  const top = ranking[0]!;
  const unknown = unknownWords(model.wordTable, model.scoring.word, features.words, model.vocabulary, languageByCode(model.features.language));
  const reason: OutOfScopeReason | undefined =
    features.words.length === 0 ? { kind: 'noWords' }
      : unknown.ruleShare > maxUnknown ? { kind: 'unknownWords', words: unknown.words, share: unknown.share, limit: maxUnknown }
      : top.confidence < threshold ? { kind: 'lowConfidence', confidence: top.confidence, threshold }
        : undefined;
  return { ranking, top, outOfScope: reason !== undefined, ...(reason ? { reason } : {}), unknown };
}
