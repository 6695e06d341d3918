import { maxTypoEdits, typoSimilarity } from '../../../src/nlu/entities/fuzzyThreshold';
import { buildFuzzyIndex } from '../../../src/nlu/entities/fuzzyIndex';

// [typed, known] pairs: typos of a known word, and real words that must stay themselves.
const shouldMatch: [string, string][] = [
  ['headphnoes', 'headphones'], // swapped neighbours
  ['chargr', 'charger'], // missing letter
  ['hedphones', 'headphones'],
  ['headfones', 'headphones'], // two edits allowed from 9 letters
  ['keybaord', 'keyboard'],
  ['cabel', 'cable'],
  ['ordr', 'order'],
  ['chargers', 'charger'], // plural
  ['headphone', 'headphones'],
  ['printr', 'printer'],
  ['kettel', 'kettle'],
];
const shouldNotMatch: [string, string][] = [
  ['cancel', 'parcel'], // two edits in six letters, and a different first letter
  ['order', 'border'], // first letter differs
  ['border', 'order'],
  ['sure', 'sue'], // three letters match exactly or not at all
  ['sue', 'sure'],
  ['care', 'case'], // an early substitution in a short word
  ['ship', 'shop'],
  ['sure', 'sore'],
  ['mouse', 'house'],
  ['phone', 'prone'],
  ['speaker', 'sneaker'],
  ['monitor', 'minotor'], // two edits in seven letters
  ['batteries', 'battery'],
  ['cat', 'car'],
  ['tv', 'tb'],
  ['12345', '12346'], // digits are never fuzzy
  ['charger', 'charger'], // identical is exact, not a typo
];

describe('the typo threshold', () => {
  it.each(shouldMatch)('reads "%s" as a typo of "%s"', (typed, known) => {
    const similarity = typoSimilarity(typed, known);
    expect(similarity).toBeDefined();
    expect(similarity).toBeLessThan(1);
  });

  it.each(shouldNotMatch)('never reads "%s" as "%s"', (typed, known) => {
    expect(typoSimilarity(typed, known)).toBeUndefined();
  });

  it('allows no edits up to 3 letters, one up to 8, two from 9', () => {
    expect([1, 2, 3, 4, 5, 8, 9, 12].map(maxTypoEdits)).toEqual([0, 0, 0, 1, 1, 1, 2, 2]);
  });
});

describe('the fuzzy index', () => {
  const index = buildFuzzyIndex(['headphones', 'charger', 'parcel', 'border', 'sue', 'keyboard']);

  it('finds the known word a typo is closest to', () => {
    expect(index.lookup('headphnoes').map((h) => h.word)).toEqual(['headphones']);
    expect(index.lookup('chargr').map((h) => h.word)).toEqual(['charger']);
  });

  it('finds nothing for real words that merely look alike', () => {
    expect(index.lookup('cancel')).toEqual([]);
    expect(index.lookup('order')).toEqual([]);
    expect(index.lookup('sure')).toEqual([]);
  });

  it('agrees with a comparison against every known word', () => {
    const known = ['headphones', 'charger', 'parcel', 'border', 'sue', 'keyboard'];
    for (const typed of ['headphnoes', 'hedphones', 'headfones', 'chargre', 'charegr', 'parcle', 'boarder', 'keybord', 'kyeboard', 'ordr']) {
      const brute = known.filter((k) => typoSimilarity(typed, k) !== undefined).sort();
      expect(index.lookup(typed).map((h) => h.word).sort()).toEqual(brute);
    }
  });
});
