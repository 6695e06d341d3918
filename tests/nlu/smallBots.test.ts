import { classify, trainClassifier } from '../../src/nlu';
import { SUPPORT_EXAMPLES } from './supportBot';

const PASSWORD = SUPPORT_EXAMPLES.filter((e) => e.label === 'reset_password');

describe('training small bots', () => {
  it('refuses to train on no examples', () => {
    expect(() => trainClassifier([])).toThrow(/at least one example/);
  });

  it('recognises an intent that has a single example', () => {
    const model = trainClassifier([...SUPPORT_EXAMPLES, { text: 'what are your opening hours', label: 'opening_hours' }]);
    expect(classify(model, 'when are you open, what are the opening hours').top.label).toBe('opening_hours');
  });

  it('with one intent, accepts a related message', () => {
    const model = trainClassifier(PASSWORD);
    const result = classify(model, 'please help me reset the password');
    expect(result.top).toEqual({ label: 'reset_password', confidence: 1 });
    expect(result.outOfScope).toBe(false);
  });

  it('with one intent, puts an unrelated message out of scope', () => {
    const model = trainClassifier(PASSWORD);
    expect(classify(model, "what's the weather like in Paris tomorrow").outOfScope).toBe(true);
    expect(classify(model, 'how much is shipping to canada').outOfScope).toBe(true);
  });

  it('trains on a single example', () => {
    const model = trainClassifier([{ text: 'hello there', label: 'greeting' }]);
    expect(classify(model, 'hello').outOfScope).toBe(false);
    expect(classify(model, 'cancel my subscription').outOfScope).toBe(true);
  });

  it('takes a fixed calibration as given', () => {
    const model = trainClassifier(SUPPORT_EXAMPLES, { alpha: 0.01, calibration: { temperature: 2, threshold: 0.9, maxUnknown: 1 } });
    expect(model.calibration).toEqual({ temperature: 2, threshold: 0.9, maxUnknown: 1 });
    expect(model.alpha).toBe(0.01);
  });
});
