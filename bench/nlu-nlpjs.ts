/**
 * NLP.js (@nlpjs/basic's container with Nlp and the data's language: English, or @nlpjs/lang-xx when installed), its normal set-up: documents added per
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

async function answer(nlp: NlpLike, locale: string, text: string): Promise<Answer> {
  const result = await nlp.process(locale, text);
  const top = result.classifications[0];
  return { label: top?.intent ?? 'None', confidence: top?.score ?? 0, rejected: result.intent === 'None' };
}

/** NLP.js's language package for a code, as its documentation names them: @nlpjs/lang-es exports LangEs. */
export function nlpJsLanguagePackage(code: string): string {
  return `@nlpjs/lang-${code}`;
}

/** Whether NLP.js can be run in `code`: English comes with @nlpjs/basic, others need their package. */
export function nlpJsHasLanguage(code: string): boolean {
  if (code === 'en') return true;
  try {
    require.resolve(nlpJsLanguagePackage(code));
    return true;
  } catch {
    return false;
  }
}

async function languagePlugin(code: string): Promise<unknown> {
  if (code === 'en') return (await import('@nlpjs/basic')).LangEn;
  const exported = (await import(nlpJsLanguagePackage(code))) as Record<string, unknown>;
  return exported[`Lang${code[0]!.toUpperCase()}${code.slice(1)}`];
}

/** `locale`: the data's language code (check nlpJsHasLanguage first); English when absent. */
export async function runNlpJs(data: IntentData, maxFalseRejection: number, locale = 'en'): Promise<Contestant> {
  const { containerBootstrap, Nlp } = await import('@nlpjs/basic');
  const container = await containerBootstrap();
  // NLP.js's own NLU defaults, except that it does not print every training epoch.
  container.registerConfiguration('nlu-??', { ...NLU_DEFAULTS, log: false });
  container.use(Nlp);
  container.use(await languagePlugin(locale));
  const before = heapBytes();
  const trainStart = performance.now();
  const nlp = container.get('nlp') as NlpLike;
  Object.assign(nlp.settings, { autoSave: false, autoLoad: false, calculateSentiment: false });
  nlp.addLanguage(locale);
  for (const e of data.train) nlp.addDocument(locale, e.text, e.label);
  await nlp.train();
  const trainMs = performance.now() - trainStart;
  const heapMB = (heapBytes() - before) / MB;
  const run = (texts: readonly string[]) => answerAll(texts, (t) => answer(nlp, locale, t));
  const threshold = fitThreshold(data.val, await run(data.val.map((e) => e.text)), await run(data.oosVal), maxFalseRejection);
  const texts = data.test.map((e) => e.text);
  const { accuracy, oosRecall } = score(data.test, withThreshold(await run(texts), threshold), withThreshold(await run(data.oosTest), threshold));
  return { result: { accuracy, oosRecall, trainMs, heapMB }, classify: (t) => nlp.process(locale, t), perRound: TIMED_PER_ROUND };
}
