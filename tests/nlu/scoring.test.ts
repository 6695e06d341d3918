import { charGramKeys } from '../../src/nlu/charGrams';
import { encodeMessage } from '../../src/nlu/encodeMessage';
import { lookupFeature } from '../../src/nlu/featureTable';
import { messageFeatures, trainClassifier } from '../../src/nlu';
import { scoreMessage } from '../../src/nlu/scoringModel';
import { SUPPORT_EXAMPLES } from './supportBot';

const model = trainClassifier(SUPPORT_EXAMPLES, { calibration: { temperature: 1, threshold: 0, maxUnknown: 1 } });

function scores(text: string, asUnknownWords: boolean): Float64Array {
  const features = messageFeatures(text, model.features);
  const message = encodeMessage(model, features);
  const out = new Float64Array(model.labels.length);
  if (!asUnknownWords) {
    scoreMessage(model.scoring, message, out);
    return out;
  }
  const unknownCharIds = features.charWords.map((w) => Int32Array.from(charGramKeys(w, model.features), (k) => lookupFeature(model.charTable, k)));
  scoreMessage(model.scoring, { ...message, words: message.words.map(() => -1), unknownCharIds }, out);
  return out;
}

describe('scoring', () => {
  it('gives the same scores from the word rows as from the character n-gram postings', () => {
    for (const text of ['where is my parcel', 'reset my password please', 'shipping to canada']) {
      const fast = scores(text, false);
      const slow = scores(text, true);
      fast.forEach((s, c) => expect(s).toBeCloseTo(slow[c]!, 4));
    }
  });

  it('scores a message without words by the intent prior alone', () => {
    const empty = scores('', false);
    expect(new Set(empty).size).toBe(1); // the support bot's intents have equally many examples
  });
});
