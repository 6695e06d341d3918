/**
 * NLP.js (@nlpjs/basic's container with Nlp and English), its normal set-up: documents added per
 * intent, `train()`, `process()`, sentiment off (it is not classification). Out of scope: NLP.js
 * answers "None" below its own threshold (0.5); for the same footing as the others its top score gets a
 * threshold fitted on val/oos_val with the same rule as Baton's, never looser than its own "None".
 */
import type { IntentData } from './nlu-data';
import { answerAll, fitThreshold, heapBytes, MB, score, withThreshold, type Answer, type Contestant } from './nlu-measure';

interface NlpResult {
  readonly intent: string;
  readonly classifications: ReadonlyArray<{ readonly intent: string; readonly score: number }>;
}

interface NlpLike {
  settings: Record<string, unknown>;
  addLanguage(locale: string): void;
  addDocument(locale: string, text: string, intent: string): void;
  train(): Promise<unknown>;
  process(locale: string, text: string): Promise<NlpResult>;
}

const TIMED_PER_ROUND = 1000;
const NLU_DEFAULTS = { keepStopwords: true, nonefeatureValue: 1, nonedeltaMultiplier: 1.2, spellCheck: false, spellCheckDistance: 1, filterZeros: true };

async function answer(nlp: NlpLike, text: string): Promise<Answer> {
  const result = await nlp.process('en', text);
  const top = result.classifications[0];
  return { label: top?.intent ?? 'None', confidence: top?.score ?? 0, rejected: result.intent === 'None' };
}

export async function runNlpJs(data: IntentData, maxFalseRejection: number): Promise<Contestant> {
  const { containerBootstrap, LangEn, Nlp } = await import('@nlpjs/basic');
  const container = await containerBootstrap();
  // NLP.js's own NLU defaults, except that it does not print every training epoch.
  container.registerConfiguration('nlu-??', { ...NLU_DEFAULTS, log: false });
  container.use(Nlp);
  container.use(LangEn);
  const before = heapBytes();
  const trainStart = performance.now();
  const nlp = container.get('nlp') as NlpLike;
  Object.assign(nlp.settings, { autoSave: false, autoLoad: false, calculateSentiment: false });
  nlp.addLanguage('en');
  for (const e of data.train) nlp.addDocument('en', e.text, e.label);
  await nlp.train();
  const trainMs = performance.now() - trainStart;
  const heapMB = (heapBytes() - before) / MB;
  const run = (texts: readonly string[]) => answerAll(texts, (t) => answer(nlp, t));
  const threshold = fitThreshold(data.val, await run(data.val.map((e) => e.text)), await run(data.oosVal), maxFalseRejection);
  const texts = data.test.map((e) => e.text);
  const { accuracy, oosRecall } = score(data.test, withThreshold(await run(texts), threshold), withThreshold(await run(data.oosTest), threshold));
  return { result: { accuracy, oosRecall, trainMs, heapMB }, classify: (t) => nlp.process('en', t), perRound: TIMED_PER_ROUND };
}
