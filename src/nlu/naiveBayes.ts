/**
 * Sparse multinomial naive Bayes with Lidstone smoothing. For intent c and feature f,
 * log P(f|c) = log((n[f,c] + alpha) / (N[c] + alpha * V)) splits into log(alpha / (N[c] + alpha * V)),
 * a per-intent weight of the message mass, plus log(1 + n[f,c] / alpha), non-zero only where the
 * intent saw the feature: those are the postings.
 */
import { countPostings, type Counts, type Postings } from './postings';
import type { ScoringModel } from './scoringModel';
import type { TrainingSet } from './trainingSet';
import { foldWordRows } from './wordRows';

/** Feature counts of the examples chosen for training, from which models for any alpha are made. */
export interface NaiveBayesCounts {
  readonly classes: number;
  readonly word: Counts;
  readonly char: Counts;
  /** Number of training examples of each intent. */
  readonly examples: Float64Array;
}

/** Counts word- and character-level features of the messages `chosen` (default: all). */
export function countFeatures(set: TrainingSet, chosen?: readonly number[]): NaiveBayesCounts {
  const classes = set.labels.length;
  const byIntent: number[][] = set.labels.map(() => []);
  for (const i of chosen ?? set.messages.keys()) byIntent[set.targets[i]!]!.push(i);
  const word = countPostings(set.wordTable.size, classes, (c, emit) => {
    for (const i of byIntent[c]!) {
      const { wordIds, wordValues } = set.messages[i]!;
      for (let k = 0; k < wordIds.length; k++) emit(wordIds[k]!, wordValues[k]!);
    }
  });
  // Character n-grams depend on the word alone: sum each word's weight per intent, then expand.
  const wordWeight = new Float64Array(set.vocabulary.length);
  const char = countPostings(set.charTable.size, classes, (c, emit) => {
    const seen: number[] = [];
    for (const i of byIntent[c]!) {
      const { words, charValue } = set.messages[i]!;
      for (const w of words) {
        if (wordWeight[w] === 0) seen.push(w);
        wordWeight[w]! += charValue;
      }
    }
    for (const w of seen) {
      for (const f of set.vocabularyCharIds[w]!) emit(f, wordWeight[w]!);
      wordWeight[w] = 0;
    }
  });
  return { classes, word, char, examples: Float64Array.from(byIntent, (list) => list.length) };
}

function nonEmpty(offsets: Int32Array): number {
  let n = 0;
  for (let f = 0; f + 1 < offsets.length; f++) if (offsets[f + 1]! > offsets[f]!) n++;
  return n;
}

function block(counts: Counts, alpha: number, scale: number, totals: Float64Array): Postings {
  const { intents, counts: n } = counts;
  const weights = new Float32Array(n.length);
  for (let p = 0; p < n.length; p++) {
    totals[intents[p]!]! += n[p]!;
    weights[p] = scale * Math.log1p(n[p]! / alpha);
  }
  return { offsets: counts.offsets, intents, weights };
}

/**
 * The naive-Bayes scoring model for smoothing `alpha`, with the empirical intent prior, all scores
 * multiplied by `scale`; `vocabularyCharIds` gives the n-gram ids of each training word.
 */
export function naiveBayes(
  counts: NaiveBayesCounts,
  alpha: number,
  scale: number,
  vocabularyCharIds: readonly Int32Array[],
): ScoringModel {
  const { classes } = counts;
  const totals = new Float64Array(classes);
  const word = block(counts.word, alpha, scale, totals);
  const char = block(counts.char, alpha, scale, totals);
  const vocabulary = nonEmpty(word.offsets) + nonEmpty(char.offsets);
  const seen = counts.examples.reduce((a, b) => a + b, 0);
  const bias = new Float32Array(classes);
  const massWeight = new Float32Array(classes);
  for (let c = 0; c < classes; c++) {
    const examples = counts.examples[c]!;
    bias[c] = scale * (examples > 0 ? Math.log(examples / seen) : -1e4);
    massWeight[c] = scale * Math.log(alpha / (totals[c]! + alpha * vocabulary));
  }
  return { classes, word, char, ...foldWordRows(char, vocabularyCharIds, classes), bias, massWeight };
}
