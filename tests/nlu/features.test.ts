import { DEFAULT_FEATURE_OPTIONS, messageFeatures, stem, tokenise } from '../../src/nlu';
import { charGramCount } from '../../src/nlu/charGrams';

function squaredNorm(text: string): number {
  const f = messageFeatures(text, DEFAULT_FEATURE_OPTIONS);
  const chars = f.charWords.reduce((n, w) => n + charGramCount(w.length, DEFAULT_FEATURE_OPTIONS), 0);
  return f.values.reduce((sum, v) => sum + v * v, 0) + chars * f.charValue * f.charValue;
}

describe('text features', () => {
  it('tokenises normalised text on spaces and keeps at most maxTokens tokens', () => {
    expect(tokenise('where is my order')).toEqual(['where', 'is', 'my', 'order']);
    expect(tokenise('')).toEqual([]);
    expect(tokenise('a b c d', 2)).toEqual(['a', 'b']);
  });

  it('stems English words with the Porter stemmer and leaves other tokens alone', () => {
    expect(stem('shipping')).toBe('ship');
    expect(stem('12345')).toBe('12345');
    expect(stem('привет')).toBe('привет');
  });

  it('gives a message a vector of unit length', () => {
    expect(squaredNorm('has my package shipped yet')).toBeCloseTo(1, 5);
    expect(squaredNorm('the the the order')).toBeCloseTo(1, 5);
  });

  it('keeps stop words and question words as word features', () => {
    const withStopWords = messageFeatures('where is it', DEFAULT_FEATURE_OPTIONS);
    expect(withStopWords.keys.length).toBeGreaterThan(0);
  });

  it('gives the same keys for the same text', () => {
    const a = messageFeatures('track my order', DEFAULT_FEATURE_OPTIONS);
    const b = messageFeatures('Track my order!', DEFAULT_FEATURE_OPTIONS);
    expect([...a.keys]).toEqual([...b.keys]);
  });

  it('merges a repeated word into one feature', () => {
    const once = messageFeatures('order', DEFAULT_FEATURE_OPTIONS);
    const twice = messageFeatures('order order', DEFAULT_FEATURE_OPTIONS);
    const unigrams = (f: typeof once) => new Set(f.keys).size;
    expect(unigrams(twice)).toBe(unigrams(once) + 1); // one more bigram: "order order"
  });

  it('reads a bounded number of tokens from a very long message', () => {
    const f = messageFeatures('lorem ipsum '.repeat(2000), DEFAULT_FEATURE_OPTIONS);
    expect(f.words.length).toBeLessThanOrEqual(DEFAULT_FEATURE_OPTIONS.maxTokens);
  });
});
