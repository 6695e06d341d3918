/**
 * Baton's contestant. Its defaults (features, fine-tuning) were chosen on CLINC150's validation split
 * during development; here alpha and the calibration (temperature, confidence threshold, minimum
 * evidence) are fitted on val/oos_val only. Then one timed training with all of them fixed, then test.
 */
import { classify, trainClassifier, type ClassifierModel, type TrainOptions } from '../src/nlu';
import type { IntentData } from './nlu-data';
import { answerAll, heapBytes, MB, score, type Answer, type Contestant } from './nlu-measure';

function answer(model: ClassifierModel, text: string): Answer {
  const result = classify(model, text);
  return { label: result.top.label, confidence: result.top.confidence, rejected: result.outOfScope };
}

export interface BatonContestant extends Contestant {
  readonly tuneMs: number;
  readonly chosen: TrainOptions;
}

async function logVal(tuned: ClassifierModel, data: IntentData, log: (line: string) => void): Promise<void> {
  const val = score(data.val, await answerAll(data.val.map((e) => e.text), (t) => answer(tuned, t)), await answerAll(data.oosVal, (t) => answer(tuned, t)));
  log(`  baton on val: accuracy ${(100 * val.accuracy).toFixed(2)}%, oos recall ${val.oosRecall === null ? '-' : `${(100 * val.oosRecall).toFixed(1)}%`}`);
}

/** Training time: the median of three runs, as one run of half a second is easily disturbed. */
const TRAINING_RUNS = 3;

/**
 * `language` is the code Baton trains with (English when absent). A data set without val (the
 * per-language subsets) is tuned as a bot's intents are: by cross-validation on train.
 */
export async function runBaton(data: IntentData, log: (line: string) => void, language?: string): Promise<BatonContestant> {
  const features = language !== undefined ? { features: { language } } : {};
  const tuneStart = performance.now();
  const heldOut = data.val.length > 0 ? { validation: data.val, outOfScope: data.oosVal } : { outOfScope: data.oosVal };
  const tuned = trainClassifier(data.train, { ...heldOut, ...features });
  const tuneMs = performance.now() - tuneStart;
  if (data.val.length > 0) await logVal(tuned, data, log);
  const chosen: TrainOptions = { alpha: tuned.alpha, calibration: tuned.calibration, vectors: { weight: tuned.vectors?.weight ?? 0 }, ...features };

  const before = heapBytes();
  const times: number[] = [];
  let model: ClassifierModel | undefined;
  for (let run = 0; run < TRAINING_RUNS; run++) {
    model = undefined;
    const start = performance.now();
    model = trainClassifier(data.train, chosen);
    times.push(performance.now() - start);
  }
  const trained = model!;
  const heapMB = (heapBytes() - before) / MB;
  const trainMs = times.sort((a, b) => a - b)[Math.floor(TRAINING_RUNS / 2)]!;
  const { accuracy, oosRecall } = score(data.test, await answerAll(data.test.map((e) => e.text), (t) => answer(trained, t)), await answerAll(data.oosTest, (t) => answer(trained, t)));
  return { result: { accuracy, oosRecall, trainMs, heapMB }, classify: (t) => classify(trained, t), perRound: data.test.length, tuneMs, chosen };
}
