import { classify, messageFeatures, trainClassifier } from '../../../src/nlu';
import { SUPPORT_EXAMPLES } from '../supportBot';

const model = trainClassifier(SUPPORT_EXAMPLES);

const PAIRS: Array<[typo: string, clean: string]> = [
  ['wheres my pakage??', 'where is my package?'],
  ['i forgto my pasword', 'i forgot my password'],
  ['how much is shiping to canada', 'how much is shipping to canada'],
  ['I want to retrun these headphnes', 'I want to return these headphones'],
  ['conect me to a represntative', 'connect me to a representative'],
];

describe('classifying messages with typos', () => {
  it.each(PAIRS)('gives "%s" the intent of "%s"', (typo, clean) => {
    const expected = classify(model, clean);
    const result = classify(model, typo);
    expect(result.top.label).toBe(expected.top.label);
    expect(result.outOfScope).toBe(expected.outOfScope);
  });

  it('reads "wheres my pakage" as the bot\'s "package"', () => {
    expect(messageFeatures('wheres my pakage??', model.features, false, model.spelling.correct).words).toContain('package');
  });

  it('counts corrected words as words the bot knows', () => {
    expect(classify(model, 'reset my pasword').unknown).toMatchObject({ words: [], share: 0 });
    expect(classify(model, 'reset my pasword').unknown).toEqual(classify(model, 'reset my password').unknown);
    expect(classify(model, 'wheres my pakage').outOfScope).toBe(false);
  });

  it('leaves features alone when no corrector is given', () => {
    expect(messageFeatures('wheres my pakage', model.features).words).toEqual(['where', 'is', 'my', 'pakage']);
  });
});
