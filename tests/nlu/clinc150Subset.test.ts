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

  // The unknown-word rule trades out-of-scope recall for in-scope messages kept; the author sets it.
  const oos = data.oos_test!.slice(0, 200);
  const test = pick(data.test!);
  const share = (m: typeof model, texts: readonly string[]) => texts.filter((t) => classify(m, t).outOfScope).length / texts.length;

  it('turns down few in-scope messages at the default out-of-scope rule', () => {
    expect(share(model, test.map((e) => e.text))).toBeLessThan(0.03);
  });

  it('rejects most out-of-scope messages when the author makes the unknown-word rule stricter', () => {
    const strict = trainClassifier(pick(data.train!).filter((_, i) => i % 3 === 0), { calibrationOptions: { defaultMaxUnknown: 0.5 } });
    expect(share(strict, oos.map(([text]) => text))).toBeGreaterThan(0.6);
    expect(share(strict, oos.map(([text]) => text))).toBeGreaterThan(share(model, oos.map(([text]) => text)) + 0.15);
    expect(share(strict, test.map((e) => e.text))).toBeLessThan(0.1);
  });
});
