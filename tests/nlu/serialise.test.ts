import { classify, deserialiseModel, FORMAT_VERSION, serialiseModel, trainClassifier } from '../../src/nlu';
import { SUPPORT_EXAMPLES } from './supportBot';

const model = trainClassifier(SUPPORT_EXAMPLES);
const MESSAGES = ['where is my parcel', 'reset password', 'blah blah', '', 'speak to a human please', 'frobnicate the widget', 'wheres my pakage', 'resett my pasword'];

describe('model serialisation', () => {
  it('round-trips to a model that gives identical results', () => {
    const copy = deserialiseModel(serialiseModel(model));
    for (const text of MESSAGES) {
      expect(classify(copy, text, { limit: Infinity })).toEqual(classify(model, text, { limit: Infinity }));
    }
  });

  it('keeps the word-vector part and its weight', () => {
    expect(model.vectors?.weight).toBeGreaterThan(0);
    const copy = deserialiseModel(serialiseModel(model));
    expect(copy.vectors?.weight).toBe(model.vectors?.weight);
    expect(copy.vectors?.idf).toEqual(model.vectors?.idf);
  });

  it('keeps the spelling corrector: the same words, counts and corrections', () => {
    const copy = deserialiseModel(serialiseModel(model));
    expect(copy.spelling.words).toEqual(model.spelling.words);
    expect(copy.spelling.counts).toEqual(model.spelling.counts);
    for (const word of ['pakage', 'pasword', 'shiping', 'frobnicate']) expect(copy.spelling.correct(word)).toBe(model.spelling.correct(word));
    expect(copy.spelling.correct('pakage')).toBe('package');
  });

  it('refuses spelling counts that do not match its words', () => {
    const json = JSON.parse(serialiseModel(model));
    json.spelling.counts = json.spelling.counts.slice(1);
    expect(() => deserialiseModel(JSON.stringify(json))).toThrow(/spelling counts/);
  });

  it('writes its format version', () => {
    expect(JSON.parse(serialiseModel(model)).formatVersion).toBe(FORMAT_VERSION);
  });

  it('refuses another format version with a clear error', () => {
    const json = JSON.parse(serialiseModel(model));
    json.formatVersion = FORMAT_VERSION + 1;
    expect(() => deserialiseModel(JSON.stringify(json))).toThrow(new RegExp(`format version ${FORMAT_VERSION + 1}.*retrain`));
  });

  it('refuses a model with missing data', () => {
    expect(() => deserialiseModel(JSON.stringify({ formatVersion: FORMAT_VERSION }))).toThrow(/Invalid classifier model/);
  });
});
