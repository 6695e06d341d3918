/**
 * Trains the classifier: featurise -> naive Bayes (Lidstone alpha) -> fine-tune -> word-vector part
 * -> calibrate. Alpha, the word-vector weight and the calibration are chosen on `validation` (plus
 * `outOfScope` texts) when given, otherwise by k-fold cross-validation on the training examples alone
 * (see planFolds.ts).
 */
import { fitCalibration, type HeldOut } from './calibrate';
import { FORMAT_VERSION, type Calibration, type ClassifierModel } from './classifierModel';
import { encodeMessage, type Encoder } from './encodeMessage';
import { fineTune } from './fineTune';
import { planFolds } from './planFolds';
import { accuracy, chooseVectorWeight, heldOutAt, mergeHeldOut, scoreParts, type HeldOutMessage, type ScoredParts } from './heldOut';
import { messageFeatures } from './messageFeatures';
import { countFeatures, naiveBayes, type NaiveBayesCounts } from './naiveBayes';
import { seededRandom } from './random';
import { scoreMessage, type ScoringModel } from './scoringModel';
import { trainSpellingCorrector } from './spelling/spellingCorrector';
import { languageByCode } from '../language/languageOf';
import { PREFERRED_VECTOR_WEIGHT, resolveOptions, type Example, type ResolvedOptions, type TrainOptions } from './trainOptions';
import { buildTrainingSet, type TrainingSet } from './trainingSet';
import { documentFrequencyIdf } from './vectors/sentenceVector';
import { topCandidates, trainVectorModel, type VectorModel } from './vectors/vectorModel';

/** Number of cross-validation folds on which alpha is chosen (one keeps small-bot training fast). */
const ALPHA_FOLDS = 1;

interface Fitted {
  readonly scoring: ScoringModel;
  readonly vectors?: VectorModel;
}

function fit(set: TrainingSet, counts: NaiveBayesCounts, alpha: number, chosen: readonly number[], options: ResolvedOptions): Fitted {
  const nb = naiveBayes(counts, alpha, 1 / options.naiveBayesScale, set.vocabularyCharIds);
  const scoring = options.fineTune ? fineTune(nb, set.messages, set.targets, chosen, options.fineTune) : nb;
  if (!options.vectors || options.vectorWeightGrid.every((w) => w === 0)) return { scoring };
  const vectorOptions = options.vectors;
  const scores = new Float64Array(scoring.classes);
  const k = Math.min(vectorOptions.candidates, scoring.classes);
  const candidatesOf = (i: number): Int32Array => {
    scoreMessage(scoring, set.messages[i]!, scores);
    const out = new Int32Array(k);
    topCandidates(scores, k, out);
    return out;
  };
  const idf = documentFrequencyIdf(chosen.map((i) => set.words[i]!));
  return { scoring, vectors: trainVectorModel(set.words, set.targets, scoring.classes, chosen, idf, candidatesOf, vectorOptions) };
}

function withWeight(vectors: VectorModel | undefined, weight: number): VectorModel | undefined {
  return vectors && weight > 0 ? { ...vectors, weight } : undefined;
}

function heldOutText(encoder: Encoder, text: string, target: number): HeldOutMessage {
  const features = messageFeatures(text, encoder.features, false, encoder.spelling.correct);
  return { message: encodeMessage(encoder, features), words: features.words, target };
}

function bestAlpha(options: ResolvedOptions, accuracyOf: (alpha: number) => number): number {
  const [first] = options.alphaGrid;
  if (first === undefined || options.alphaGrid.length === 1) return first ?? 0.003;
  const scored = options.alphaGrid.map((alpha) => ({ alpha, accuracy: accuracyOf(alpha) }));
  return scored.reduce((best, s) => (s.accuracy > best.accuracy ? s : best)).alpha;
}

function vectorWeight(parts: readonly ScoredParts[], options: ResolvedOptions): number {
  return chooseVectorWeight(parts, options.vectorWeightGrid, PREFERRED_VECTOR_WEIGHT);
}

/** Alpha, the vector weight and held-out scores from k-fold cross-validation on the training set itself. */
function crossValidate(set: TrainingSet, encoder: Encoder, outOfScope: readonly string[], options: ResolvedOptions): { alpha: number; weight: number; held: HeldOut } {
  const classes = set.labels.length;
  const sizes = new Int32Array(classes);
  for (const c of set.targets) sizes[c]!++;
  const largest = sizes.reduce((a, b) => Math.max(a, b), 0);
  const k = Math.max(2, Math.min(options.folds, Math.max(largest, classes)));
  const folds = planFolds(set.targets, classes, k, seededRandom(options.seed)).filter((f) => f.train.length > 0);
  const counts = folds.map((f) => countFeatures(set, f.train));
  const asHeldOut = (i: number, inScope: boolean): HeldOutMessage => ({
    message: set.messages[i]!,
    words: set.words[i]!,
    target: inScope ? set.targets[i]! : -1,
  });
  const heldOut = folds.map((f) => [
    ...f.inScope.map((i) => asHeldOut(i, true)),
    ...f.outOfScope.map((i) => asHeldOut(i, false)),
    ...outOfScope.map((text) => heldOutText(encoder, text, -1)),
  ]);
  // Alpha by plain naive-Bayes accuracy on the first folds (cheap); the rest of training follows it.
  const alphaFolds = folds.slice(0, ALPHA_FOLDS).map((_, j) => j);
  const alpha = bestAlpha(options, (a) =>
    alphaFolds.reduce((sum, j) => sum + accuracy(naiveBayes(counts[j]!, a, 1, set.vocabularyCharIds), heldOut[j]!), 0),
  );
  const parts = folds.map((f, j) => {
    const fitted = fit(set, counts[j]!, alpha, f.train, options);
    return scoreParts(fitted.scoring, fitted.vectors, heldOut[j]!);
  });
  const weight = vectorWeight(parts, options);
  return { alpha, weight, held: mergeHeldOut(parts.map((p) => heldOutAt(p, set.wordTable, weight))) };
}

/** Trains a classifier on labelled examples (at least one). */
export function trainClassifier(examples: readonly Example[], trainOptions: TrainOptions = {}): ClassifierModel {
  if (examples.length === 0) throw new Error('trainClassifier needs at least one example');
  const options = resolveOptions(trainOptions);
  const set = buildTrainingSet(examples, options.features);
  const vocabulary = new Map(set.vocabulary.map((w, i) => [w, i]));
  const spelling = trainSpellingCorrector(set.words, undefined, languageByCode(options.features.language));
  const encoder: Encoder = { features: options.features, wordTable: set.wordTable, charTable: set.charTable, vocabulary, spelling };
  const counts = countFeatures(set);
  const all = set.messages.map((_, i) => i);
  const fixed = trainOptions.calibration;
  const needsFit = fixed?.temperature === undefined || fixed.threshold === undefined || fixed.maxUnknown === undefined;
  const weightFixed = options.vectorWeightGrid.length === 1;
  let alpha = options.alphaGrid[0] ?? 0.003;
  let weight = options.vectorWeightGrid[0] ?? 0;
  let held: HeldOut | undefined;
  if (trainOptions.validation) {
    const label = new Map(set.labels.map((l, c) => [l, c]));
    const messages = [
      ...trainOptions.validation.map((e) => heldOutText(encoder, e.text, label.get(e.label) ?? -1)),
      ...(trainOptions.outOfScope ?? []).map((text) => heldOutText(encoder, text, -1)),
    ];
    alpha = bestAlpha(options, (a) => accuracy(naiveBayes(counts, a, 1, set.vocabularyCharIds), messages));
    const fitted = fit(set, counts, alpha, all, options);
    const parts = scoreParts(fitted.scoring, fitted.vectors, messages);
    weight = vectorWeight([parts], options);
    if (needsFit) held = heldOutAt(parts, set.wordTable, weight);
    return assemble(set, encoder, alpha, fitted, weight, calibrate(held, fixed, options));
  }
  if (needsFit || options.alphaGrid.length > 1 || !weightFixed) ({ alpha, weight, held } = crossValidate(set, encoder, trainOptions.outOfScope ?? [], options));
  return assemble(set, encoder, alpha, fit(set, counts, alpha, all, options), weight, calibrate(held, fixed, options));
}

function calibrate(held: HeldOut | undefined, fixed: Partial<Calibration> | undefined, options: ResolvedOptions): Calibration {
  const fitted = held ? fitCalibration(held, options.calibrationOptions) : { temperature: 1, threshold: 0, maxUnknown: options.calibrationOptions.defaultMaxUnknown };
  return { ...fitted, ...fixed };
}

function assemble(set: TrainingSet, encoder: Encoder, alpha: number, fitted: Fitted, weight: number, calibration: Calibration): ClassifierModel {
  const vectors = withWeight(fitted.vectors, weight);
  return {
    formatVersion: FORMAT_VERSION,
    labels: set.labels,
    features: encoder.features,
    alpha,
    wordTable: set.wordTable,
    charTable: set.charTable,
    vocabulary: encoder.vocabulary,
    scoring: fitted.scoring,
    ...(vectors ? { vectors } : {}),
    calibration,
    spelling: encoder.spelling,
  };
}
