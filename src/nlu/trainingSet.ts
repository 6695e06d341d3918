/** Featurised training examples: word-level feature ids, words as vocabulary indices, and targets. */
import { charGramKeys } from './charGrams';
import type { FeatureOptions } from './featureOptions';
import { internKeys, type FeatureTable } from './featureTable';
import { messageFeatures } from './messageFeatures';
import type { EncodedMessage } from './scoringModel';

export interface TrainingSet {
  readonly labels: readonly string[];
  readonly wordTable: FeatureTable;
  readonly charTable: FeatureTable;
  /** Distinct training words and the character n-gram ids of each. */
  readonly vocabulary: readonly string[];
  readonly vocabularyCharIds: readonly Int32Array[];
  /** Encoded messages; all their words are in the vocabulary. */
  readonly messages: readonly EncodedMessage[];
  /** Intent index of each message. */
  readonly targets: Int32Array;
  /** The normalised words of each message. */
  readonly words: readonly (readonly string[])[];
}

function indexOf<T>(map: Map<T, number>, key: T): number {
  let index = map.get(key);
  if (index === undefined) {
    index = map.size;
    map.set(key, index);
  }
  return index;
}

/** An append-only typed array (one buffer for all messages: fewer, larger allocations). */
function growable<T extends Uint32Array | Int32Array | Float32Array>(make: (n: number) => T) {
  let data = make(4096);
  let length = 0;
  return {
    push(values: ArrayLike<number>): void {
      if (length + values.length > data.length) {
        const grown = make(Math.max(data.length * 2, length + values.length));
        grown.set(data);
        data = grown;
      }
      data.set(values, length);
      length += values.length;
    },
    get length() {
      return length;
    },
    done: (): T => data.subarray(0, length) as T,
  };
}

/** Featurises labelled examples; labels keep the order of their first appearance. */
export function buildTrainingSet(
  examples: ReadonlyArray<{ readonly text: string; readonly label: string }>,
  options: FeatureOptions,
): TrainingSet {
  const labels = new Map<string, number>();
  const vocabulary = new Map<string, number>();
  const targets = Int32Array.from(examples, (example) => indexOf(labels, example.label));
  if (labels.size > 65535) throw new Error('trainClassifier supports at most 65,535 intents');
  const keys = growable((n) => new Uint32Array(n));
  const values = growable((n) => new Float32Array(n));
  const charWords = growable((n) => new Int32Array(n));
  const keyStart = new Int32Array(examples.length + 1);
  const wordStart = new Int32Array(examples.length + 1);
  const charValues = new Float32Array(examples.length);
  const words = examples.map((example, i) => {
    const f = messageFeatures(example.text, options, true);
    keys.push(f.keys);
    values.push(f.values);
    charWords.push(f.charWords.map((w) => indexOf(vocabulary, w)));
    keyStart[i + 1] = keys.length;
    wordStart[i + 1] = charWords.length;
    charValues[i] = f.charValue;
    return f.words;
  });
  const word = internKeys(keys.done());
  const [allValues, allWords] = [values.done(), charWords.done()];
  const vocabularyWords = [...vocabulary.keys()];
  const charKeys = growable((n) => new Uint32Array(n));
  const charStart = new Int32Array(vocabularyWords.length + 1);
  vocabularyWords.forEach((w, i) => {
    charKeys.push(charGramKeys(w, options));
    charStart[i + 1] = charKeys.length;
  });
  const char = internKeys(charKeys.done());
  const messages = examples.map((_, i): EncodedMessage => ({
    wordIds: word.ids.subarray(keyStart[i], keyStart[i + 1]),
    wordValues: allValues.subarray(keyStart[i], keyStart[i + 1]),
    words: allWords.subarray(wordStart[i], wordStart[i + 1]),
    unknownCharIds: [],
    charValue: charValues[i]!,
  }));
  return {
    labels: [...labels.keys()],
    wordTable: word.table,
    charTable: char.table,
    vocabulary: vocabularyWords,
    vocabularyCharIds: vocabularyWords.map((_, i) => char.ids.subarray(charStart[i], charStart[i + 1])),
    messages,
    targets,
    words,
  };
}
