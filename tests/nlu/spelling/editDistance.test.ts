import { editDistance } from '../../../src/nlu/spelling/editDistance';
import { buildDeletionIndex, forEachCandidate } from '../../../src/nlu/spelling/deletionIndex';

describe('edit distance', () => {
  it('counts inserted, deleted, changed and swapped letters as one edit each', () => {
    expect(editDistance('package', 'package', 2)).toBe(0);
    expect(editDistance('pakage', 'package', 2)).toBe(1);
    expect(editDistance('packagge', 'package', 2)).toBe(1);
    expect(editDistance('pacjage', 'package', 2)).toBe(1);
    expect(editDistance('pakcage', 'package', 2)).toBe(1);
    expect(editDistance('reciept', 'recipe', 2)).toBe(2);
  });

  it('stops at one more than the bound', () => {
    expect(editDistance('package', 'parcel', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
  });
});

describe('deletion index', () => {
  const words = ['package', 'packages', 'parcel', 'charger', 'change'];
  const within = (word: string, reach: number, maxDistance = 2) => {
    const found: string[] = [];
    forEachCandidate(buildDeletionIndex(words, maxDistance), word, reach, (id, distance) => found.push(`${words[id]}:${distance}`));
    return found.sort();
  };

  it('finds every word within reach, each once, with its distance', () => {
    expect(within('pakcage', 1)).toEqual(['package:1']);
    expect(within('pakcage', 2)).toEqual(['package:1', 'packages:2']);
    expect(within('packge', 2)).toEqual(['package:1', 'packages:2']);
    expect(within('pacels', 2)).toEqual(['parcel:2']);
    expect(within('chnage', 2)).toEqual(['change:1']);
  });

  it('reaches no further than it was built for', () => {
    expect(within('pakcages', 2, 1)).toEqual(['packages:1']);
    expect(within('parcle', 0, 2)).toEqual([]);
  });
});
