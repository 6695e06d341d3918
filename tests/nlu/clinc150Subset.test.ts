import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify, trainClassifier } from '../../src/nlu';

type Rows = Array<[string, string]>;
const data = JSON.parse(readFileSync(join(__dirname, '../../bench/data/clinc150.json'), 'utf8')) as Record<string, Rows>;
const INTENTS = new Set(['translate', 'transfer', 'timer', 'definition', 'meaning_of_life', 'insurance_change', 'find_phone', 'travel_alert', 'pto_request', 'improve_credit_score']);
const pick = (rows: Rows) => rows.filter(([, label]) => INTENTS.has(label)).map(([text, label]) => ({ text, label }));

describe('on a ten-intent subset of CLINC150', () => {
  const model = trainClassifier(pick(data.train!).filter((_, i) => i % 3 === 0));

  it('classifies most held-out test messages right', () => {
    const test = pick(data.test!);
    const right = test.filter((e) => classify(model, e.text).top.label === e.label).length;
    expect(right / test.length).toBeGreaterThan(0.9);
  });

  it('rejects a good part of the out-of-scope test messages', () => {
    const oos = data.oos_test!.slice(0, 200);
    const rejected = oos.filter(([text]) => classify(model, text).outOfScope).length;
    expect(rejected / oos.length).toBeGreaterThan(0.5);
  });
});
