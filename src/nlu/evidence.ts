/**
 * Evidence that a message is about an intent, independent of the other intents: the share of the
 * message's content words (not stop words) whose stem appeared in that intent's training examples.
 * With a single intent the softmax says nothing, so this is what tells a related message from an
 * unrelated one.
 */
import { lookupFeature, type FeatureTable } from './featureTable';
import { unigramKey } from './features';
import { findIntent, type Postings } from './postings';
import { stem } from './stem';
import { isStopWord } from './stopWords';

/**
 * Share (0..1) of the content words of `words` (all words when none is a content word) whose stem
 * intent `c` saw in training; 0 for a message without words.
 */
export function evidence(wordTable: FeatureTable, postings: Postings, words: readonly string[], c: number): number {
  const content = words.filter((w) => !isStopWord(w));
  const counted = content.length > 0 ? content : words;
  if (counted.length === 0) return 0;
  let seen = 0;
  for (const word of counted) {
    const f = lookupFeature(wordTable, unigramKey(stem(word)));
    if (f >= 0 && findIntent(postings.intents, postings.offsets[f]!, postings.offsets[f + 1]!, c) >= 0) seen++;
  }
  return seen / counted.length;
}
