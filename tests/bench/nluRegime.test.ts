// The benchmark's few-shot and typo regimes: the same seed gives the same data, K examples of each
// intent, and exactly one changed word per test message.
import { fewShot, typo, withTypos } from '../../bench/nluRegime';
import type { IntentData } from '../../bench/nlu-data';
import { seededRandom } from '../../src/nlu/random';

const data: IntentData = {
  train: Array.from({ length: 30 }, (_, i) => ({ text: `example number ${i} of ${i % 3 === 0 ? 'alpha' : i % 3 === 1 ? 'beta' : 'gamma'}`, label: ['a', 'b', 'c'][i % 3]! })),
  val: [{ text: 'where is my parcel', label: 'a' }],
  test: [{ text: 'where is my parcel', label: 'a' }, { text: 'cancel the order please', label: 'b' }],
  oosTrain: ['one', 'two', 'three', 'four'],
  oosVal: ['what is the weather'],
  oosTest: ['tell me a joke'],
};

describe('the benchmark regimes', () => {
  it('keep K training examples of each intent, the same ones for the same seed, and leave val and test alone', () => {
    const three = fewShot(data, 3, 7);
    expect(['a', 'b', 'c'].map((label) => three.train.filter((e) => e.label === label).length)).toEqual([3, 3, 3]);
    expect(fewShot(data, 3, 7).train).toEqual(three.train);
    expect(fewShot(data, 3, 8).train).not.toEqual(three.train);
    expect(three.val).toBe(data.val);
    expect(three.test).toBe(data.test);
    expect(three.oosTrain).toHaveLength(3);
  });

  it('put exactly one typo in one word of every test message, the same for the same seed', () => {
    const typed = withTypos(data, 3);
    expect(withTypos(data, 3)).toEqual(typed);
    typed.test.forEach((e, i) => {
      const before = data.test[i]!.text.split(' ');
      const after = e.text.split(' ');
      expect(e.label).toBe(data.test[i]!.label);
      expect(before.filter((w, j) => w !== after[j]).length + Math.abs(before.length - after.length)).toBe(1);
    });
    expect(typed.oosTest[0]).not.toBe(data.oosTest[0]);
  });

  it('leave a message without a word of three letters as it is', () => {
    expect(typo('ok 12 go', seededRandom(1))).toBe('ok 12 go');
  });
});
