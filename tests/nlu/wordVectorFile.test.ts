import { decodeWordVectors, encodeWordVectors } from '../../src/nlu/vectors/wordVectorFile';
import { isKnownWord, wordVectors } from '../../src/nlu/vectors/wordVectors';

describe('word-vector file', () => {
  it('round-trips words and vectors within the 8-bit quantisation', () => {
    const vectors = [
      [0.5, -1, 0.25],
      [0, 0, 0],
      [3, 2, -1.5],
    ];
    const data = decodeWordVectors(encodeWordVectors(['ab', 'cde', 'f'], vectors, 3));
    expect(data.words).toEqual(['ab', 'cde', 'f']);
    vectors.forEach((vector, w) =>
      vector.forEach((x, d) => expect(Math.abs(data.values[w * 3 + d]! * data.scales[w]! - x)).toBeLessThanOrEqual(Math.abs(Math.max(...vector.map(Math.abs))) / 254 * (1 + 1e-6))),
    );
  });

  it('rejects a file that is not one, of another version, or cut short', () => {
    const file = encodeWordVectors(['ab'], [[1, 2]], 2);
    expect(() => decodeWordVectors(Buffer.from('hello world, not vectors at all'))).toThrow(/not a word-vector file/);
    const other = Buffer.from(file);
    other.writeUInt32LE(9, 8);
    expect(() => decodeWordVectors(other)).toThrow(/version 9/);
    expect(() => decodeWordVectors(file.subarray(0, file.length - 1))).toThrow(/truncated/);
  });

  it('ships tens of thousands of English words, most frequent first, with related words close together', () => {
    const v = wordVectors();
    expect(v.words.length).toBeGreaterThanOrEqual(30_000);
    expect(v.words.slice(0, 3)).toEqual(['the', 'of', 'to']);
    const unit = (word: string) => {
      const row = v.index.get(word)!;
      const x = Array.from(v.values.subarray(row * v.dimensions, (row + 1) * v.dimensions), (q) => q * v.scales[row]!);
      const norm = Math.hypot(...x);
      return x.map((q) => q / norm);
    };
    const cos = (a: string, b: string) => unit(a).reduce((s, x, d) => s + x * unit(b)[d]!, 0);
    expect(cos('refund', 'reimbursement')).toBeGreaterThan(cos('refund', 'weather') + 0.3);
    expect(isKnownWord('charged')).toBe(true);
    expect(isKnownWord('pakage')).toBe(false);
  });
});
