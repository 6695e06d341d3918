import { classify, trainClassifier, type Classification } from '../../src/nlu';
import { SUPPORT_EXAMPLES } from './supportBot';

const model = trainClassifier(SUPPORT_EXAMPLES);

function expectValid(result: Classification): void {
  const all = result.ranking.reduce((sum, r) => sum + r.confidence, 0);
  expect(Number.isFinite(all)).toBe(true);
  expect(result.top.confidence).toBeGreaterThan(0);
  expect(result.top.confidence).toBeLessThanOrEqual(1);
}

describe('classify on awkward input', () => {
  it('puts an empty message out of scope', () => {
    const result = classify(model, '');
    expectValid(result);
    expect(result.outOfScope).toBe(true);
  });

  it('puts punctuation only out of scope', () => {
    const result = classify(model, '?!?!... ---');
    expectValid(result);
    expect(result.outOfScope).toBe(true);
  });

  it('puts emoji only out of scope', () => {
    const result = classify(model, '😀🙈🔥');
    expectValid(result);
    expect(result.outOfScope).toBe(true);
  });

  it('classifies a 20,000-character message from its beginning', () => {
    const text = 'where is my parcel? '.repeat(1000);
    expect(text).toHaveLength(20_000);
    const result = classify(model, text);
    expectValid(result);
    expect(result.top.label).toBe('order_status');
  });

  it('handles a message of one 20,000-character word', () => {
    expectValid(classify(model, 'a'.repeat(20_000)));
  });

  it('handles mixed scripts', () => {
    expectValid(classify(model, 'Привет, 你好, where is my order? مرحبا'));
    expect(classify(model, 'Привет, 你好, where is my order? مرحبا').top.label).toBe('order_status');
    expect(classify(model, 'Привет 你好 مرحبا').outOfScope).toBe(true);
  });

  it('handles control characters and lone surrogates', () => {
    expectValid(classify(model, 'track\u0000 my\u0007 order \ud800'));
  });
});
