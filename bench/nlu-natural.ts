/**
 * npm natural's BayesClassifier as it ships. Out of scope: it has no rejection of its own, so it gets
 * the same rule as Baton, a threshold on its top posterior (its class values normalised to sum to 1)
 * fitted on val/oos_val. Its values are products of many word probabilities, so the posterior is
 * nearly always ~1 and the threshold rejects little: that is its real behaviour, reported as is.
 * It scores ~2 ms per message, so messages/s is timed on a fixed subset of the test set (200 messages
 * per round); accuracy uses the whole test set.
 */
import { BayesClassifier } from 'natural/lib/natural/classifiers';
import type { IntentData } from './nlu-data';
import type { NaturalStemmer } from './nlu-language';
import { answerAll, fitThreshold, heapBytes, MB, score, withThreshold, type Answer, type Contestant } from './nlu-measure';

const TIMED_PER_ROUND = 200;

function answer(classifier: BayesClassifier, text: string): Answer {
  const classes = classifier.getClassifications(text);
  const total = classes.reduce((sum, c) => sum + c.value, 0);
  const top = classes[0];
  const confidence = top && total > 0 ? top.value / total : 0;
  return { label: top?.label ?? '', confidence, rejected: false };
}

/** `stemmer`: natural's stemmer of the data's language (its default, English Porter, when absent). */
export async function runNatural(data: IntentData, maxFalseRejection: number, stemmer?: NaturalStemmer): Promise<Contestant> {
  const before = heapBytes();
  const trainStart = performance.now();
  const classifier = stemmer ? new BayesClassifier(stemmer) : new BayesClassifier();
  for (const e of data.train) classifier.addDocument(e.text, e.label);
  classifier.train();
  const trainMs = performance.now() - trainStart;
  const heapMB = (heapBytes() - before) / MB;
  const run = (texts: readonly string[]) => answerAll(texts, (t) => answer(classifier, t));
  const threshold = fitThreshold(data.val, await run(data.val.map((e) => e.text)), await run(data.oosVal), maxFalseRejection);
  const texts = data.test.map((e) => e.text);
  const { accuracy, oosRecall } = score(data.test, withThreshold(await run(texts), threshold), withThreshold(await run(data.oosTest), threshold));
  return { result: { accuracy, oosRecall, trainMs, heapMB }, classify: (t) => classifier.classify(t), perRound: TIMED_PER_ROUND };
}
