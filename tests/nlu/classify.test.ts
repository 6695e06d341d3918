import { classify, trainClassifier } from '../../src/nlu';
import { SUPPORT_EXAMPLES } from './supportBot';

const model = trainClassifier(SUPPORT_EXAMPLES);

describe('classify', () => {
  it('gives confidences over all intents that sum to 1', () => {
    const { ranking } = classify(model, 'where is my parcel', { limit: Infinity });
    expect(ranking).toHaveLength(5);
    expect(ranking.reduce((sum, r) => sum + r.confidence, 0)).toBeCloseTo(1, 10);
  });

  it('ranks intents best first and keeps the best ten by default', () => {
    const { ranking, top } = classify(model, 'how much does shipping cost');
    expect(ranking[0]).toEqual(top);
    for (let i = 1; i < ranking.length; i++) expect(ranking[i]!.confidence).toBeLessThanOrEqual(ranking[i - 1]!.confidence);
    expect(classify(model, 'x', { limit: 2 }).ranking).toHaveLength(2);
  });

  it('gives a clear message its intent with a high confidence, in scope', () => {
    const result = classify(model, 'I forgot my password, can you reset it?');
    expect(result.top.label).toBe('reset_password');
    expect(result.top.confidence).toBeGreaterThan(0.6);
    expect(result.outOfScope).toBe(false);
  });

  it('recognises paraphrases it was not trained on', () => {
    expect(classify(model, 'has my parcel been shipped').top.label).toBe('order_status');
    expect(classify(model, 'I would like to send these headphones back').top.label).toBe('return_item');
    expect(classify(model, 'please connect me with a human').top.label).toBe('talk_to_human');
  });

  it('puts gibberish out of scope', () => {
    const result = classify(model, 'xqzv blorft wubwub');
    expect(result.outOfScope).toBe(true);
  });

  it('puts an unrelated question out of scope', () => {
    expect(classify(model, 'who won the football world cup in 1998').outOfScope).toBe(true);
  });

  it('gives gibberish a lower confidence than a clear message', () => {
    const clear = classify(model, 'track my order').top.confidence;
    const gibberish = classify(model, 'xqzv blorft wubwub').top.confidence;
    expect(gibberish).toBeLessThan(clear);
  });
});
