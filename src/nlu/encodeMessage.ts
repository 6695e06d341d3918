/** Maps a message's features onto a trained model's feature ids and vocabulary. */
import { charGramKeys } from './charGrams';
import type { FeatureOptions } from './featureOptions';
import { lookupFeature, type FeatureTable } from './featureTable';
import type { MessageFeatures } from './features';
import type { EncodedMessage } from './scoringModel';
import type { SpellingCorrector } from './spelling/spellingCorrector';

export interface Encoder {
  readonly features: FeatureOptions;
  readonly wordTable: FeatureTable;
  readonly charTable: FeatureTable;
  readonly vocabulary: ReadonlyMap<string, number>;
  /** Applied to a message's words before its features are taken (see messageFeatures). */
  readonly spelling: SpellingCorrector;
}

let sharedIds = new Int32Array(256);
let sharedWords = new Int32Array(256);

/**
 * The message as ids; unknown words carry their n-gram ids so they can still be scored. With
 * `shared`, the id arrays are views of buffers reused by the next call.
 */
export function encodeMessage(encoder: Encoder, features: MessageFeatures, shared = false): EncodedMessage {
  const { wordTable, charTable, vocabulary } = encoder;
  const [idCount, wordCount] = [features.keys.length, features.charWords.length];
  if (shared && sharedIds.length < idCount) sharedIds = new Int32Array(idCount);
  if (shared && sharedWords.length < wordCount) sharedWords = new Int32Array(wordCount);
  const wordIds = shared ? sharedIds.subarray(0, idCount) : new Int32Array(idCount);
  for (let i = 0; i < idCount; i++) wordIds[i] = lookupFeature(wordTable, features.keys[i]!);
  const words = shared ? sharedWords.subarray(0, wordCount) : new Int32Array(wordCount);
  const unknownCharIds: Int32Array[] = [];
  features.charWords.forEach((word, i) => {
    const w = vocabulary.get(word) ?? -1;
    words[i] = w;
    if (w < 0) unknownCharIds.push(Int32Array.from(charGramKeys(word, encoder.features), (k) => lookupFeature(charTable, k)));
  });
  return { wordIds, wordValues: features.values, words, unknownCharIds, charValue: features.charValue };
}
