/**
 * The linear scoring model shared by naive Bayes and its fine-tuned form. For intent c:
 * score(c) = bias[c] + massWeight[c] * mass + sum over word-level features f of x[f] * w[f, c]
 *          + charValue * sum over the message's words of row[word, c],
 * where w is sparse (postings), row is a training word's summed character n-gram weights (dense over
 * intents), and mass is the summed value of the known features. A word never seen in training gets
 * its row from the n-gram postings on the fly. Cost: the message's postings plus words x intents.
 */
import type { Postings } from './postings';

export interface ScoringModel {
  readonly classes: number;
  /** Word-level (stemmed unigram and bigram) feature weights. */
  readonly word: Postings;
  /** Character n-gram weights, used for words outside the vocabulary. */
  readonly char: Postings;
  /** Vocabulary x classes: the character n-gram weights of each training word, summed. */
  readonly rows: Float32Array;
  /** Number of known character n-grams of each training word. */
  readonly rowMass: Float32Array;
  readonly bias: Float32Array;
  readonly massWeight: Float32Array;
}

/** A message as ids: word-level features, and its words as vocabulary indices (-1: unknown). */
export interface EncodedMessage {
  readonly wordIds: Int32Array;
  readonly wordValues: Float32Array;
  readonly words: Int32Array;
  /** The character n-gram ids of each unknown word, in order of appearance. */
  readonly unknownCharIds: readonly Int32Array[];
  /** The scaled value of each character n-gram occurrence. */
  readonly charValue: number;
}

/** Adds x times the weights of each known n-gram in `ids` to `out`; returns the number of known n-grams. */
export function addCharGrams(char: Postings, ids: Int32Array, x: number, out: Float64Array): number {
  const { offsets, intents, weights } = char;
  let known = 0;
  for (let i = 0; i < ids.length; i++) {
    const f = ids[i]!;
    if (f < 0) continue;
    const start = offsets[f]!;
    const end = offsets[f + 1]!;
    if (start < end) known++;
    for (let p = start; p < end; p++) out[intents[p]!]! += x * weights[p]!;
  }
  return known;
}

/** Writes bias + mass term + word-level scores of `message` into `out`; returns the word-level mass. */
export function scoreWords(model: ScoringModel, message: EncodedMessage, out: Float64Array): number {
  const { offsets, intents, weights } = model.word;
  const { wordIds, wordValues } = message;
  out.set(model.bias);
  let mass = 0;
  for (let i = 0; i < wordIds.length; i++) {
    const f = wordIds[i]!;
    if (f < 0) continue;
    const start = offsets[f]!;
    const end = offsets[f + 1]!;
    if (start === end) continue;
    const x = wordValues[i]!;
    mass += x;
    for (let p = start; p < end; p++) out[intents[p]!]! += x * weights[p]!;
  }
  return mass;
}

/** Adds the character-level scores of `message` to `out`; returns the character-level mass. */
export function addCharScores(model: ScoringModel, message: EncodedMessage, out: Float64Array): number {
  const { classes, rows, rowMass } = model;
  const { words, charValue } = message;
  let mass = 0;
  let unknown = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w < 0) {
      mass += charValue * addCharGrams(model.char, message.unknownCharIds[unknown++]!, charValue, out);
      continue;
    }
    const base = w * classes;
    for (let c = 0; c < classes; c++) out[c]! += charValue * rows[base + c]!;
    mass += charValue * rowMass[w]!;
  }
  return mass;
}

/** Writes the intent scores of `message` into `out` and returns its known mass. */
export function scoreMessage(model: ScoringModel, message: EncodedMessage, out: Float64Array): number {
  const mass = scoreWords(model, message, out) + addCharScores(model, message, out);
  for (let c = 0; c < model.classes; c++) out[c]! += model.massWeight[c]! * mass;
  return mass;
}
