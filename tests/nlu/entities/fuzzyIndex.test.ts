// The fuzzy index remembers the words it looked up: the same word gets the same (frozen) answer,
// and it finds what a comparison with every known word finds, for letters outside the BMP too.
import { buildFuzzyIndex } from '../../../src/nlu/entities/fuzzyIndex';
import { typoSimilarity } from '../../../src/nlu/entities/fuzzyThreshold';

test('a word looked up again gets the same frozen answer', () => {
  const index = buildFuzzyIndex(['headphones', 'charger', 'keyboard']);
  const first = index.lookup('headphnoes');
  expect(first.map((h) => h.word)).toEqual(['headphones']);
  expect(index.lookup('headphnoes')).toBe(first);
  expect(Object.isFrozen(first)).toBe(true);
  expect(Object.isFrozen(first[0])).toBe(true);
  expect(index.lookup('chargr').map((h) => h.word)).toEqual(['charger']);
  expect(index.lookup('zzzz')).toEqual([]);
});

test('words with letters outside the BMP are looked up as a comparison with every known word finds them', () => {
  // U+1D49C..: mathematical script letters, two UTF-16 code units each; U+00E9 in one unit.
  const known = ['\u{1D49C}\u{1D49E}\u{1D49F}\u{1D4A2}\u{1D4A5}', '\u{1D49C}\u{1D49E}\u{1D49F}\u{1D4A2}', 'caf\u00e9s', 'caf\u{1D4A5}s'];
  const index = buildFuzzyIndex(known);
  for (const typed of ['\u{1D49C}\u{1D49E}\u{1D4A2}\u{1D4A5}', '\u{1D49C}\u{1D49E}\u{1D49F}\u{1D4A2}\u{1D4A5}x', 'cafs\u00e9', 'caf\u{1D4A5}\u{1D4A5}s', 'cafes']) {
    const brute = known.filter((k) => typoSimilarity(typed, k) !== undefined).sort();
    expect(index.lookup(typed).map((h) => h.word).sort()).toEqual(brute);
  }
});
