// A tiny bot with two deliberately overlapping intents and an intent whose only example is
// markup: the confusion is reported with the examples that caused it, and the HTML report shows
// every bot text escaped.
import { evaluateBot } from '../../src/eval/evaluateBot';
import type { EvalReport } from '../../src/eval/evalReport';
import { renderEvalHtml } from '../../src/eval/renderEvalHtml';
import { makeFixture } from '../support/botFixture';

const XSS = '<img src=x onerror=alert(1)>';
const INTENTS = `intents:
  greet:
    examples: [hi, hello, good morning, hey there]
  track:
    title: Track <my> "parcel" & more
    examples: [where is my order, where is my parcel now, has my order shipped, where is my package]
    tests: [where is my parcel]
  locate:
    title: Locate a delivery
    examples: [where is my delivery, where is my order today, has my parcel shipped, where is my package right now]
  odd:
    title: Odd
    examples: ['${XSS}']
entities:
  order_id: { regex: '#?(?<value>\\d{5})' }
faq:
  shipping:
    examples: [how much is shipping, what does delivery cost, is shipping free]
    answer: Free over 50.
`;

let report: EvalReport;
let page: string;

beforeAll(() => {
  const fixture = makeFixture({ 'intents/main.yaml': INTENTS });
  try {
    const { bot, problems } = fixture.load();
    if (!bot) throw new Error(problems.map((p) => `${p.code} ${p.message}`).join('\n'));
    report = evaluateBot(bot);
    page = renderEvalHtml(report);
  } finally {
    fixture.remove();
  }
});

describe('evaluating a bot with two overlapping intents', () => {
  it('predicts every training example exactly once', () => {
    const texts = report.predictions.crossValidation.map((p) => p.text);
    expect(texts).toHaveLength(16);
    expect(new Set(texts).size).toBe(16);
  });

  it('reports the overlapping intents as a confused pair with the examples that caused it', () => {
    const pair = report.confusedPairs.find((p) => p.key === 'locate|track');
    expect(pair).toBeDefined();
    expect(pair!.total).toBe(pair!.aAsB + pair!.bAsA);
    expect(pair!.examples).toHaveLength(pair!.total);
    for (const e of pair!.examples) {
      expect(['locate', 'track']).toContain(e.label);
      expect(['locate', 'track']).toContain(e.predicted);
      expect(e.predicted).not.toBe(e.label);
      expect(report.predictions.crossValidation).toContainEqual(e);
    }
  });

  it('lists the overlapping examples as closer to the other intent, largest margin first', () => {
    const margins = report.closerToOther.map((c) => c.margin);
    expect(margins).toEqual([...margins].sort((a, b) => b - a));
    expect(report.closerToOther.some((c) => c.label === 'track' || c.label === 'locate')).toBe(true);
    for (const c of report.closerToOther) expect(c.confidence).toBeGreaterThan(c.trueConfidence);
  });

  it('tests an intent with one example with a model that never saw it', () => {
    const odd = report.predictions.crossValidation.find((p) => p.label === 'odd');
    expect(odd?.correct).toBe(false);
    expect(odd?.trueConfidence).toBe(0);
    expect(report.intents.find((i) => i.name === 'odd')).toMatchObject({ support: 1, recall: 0 });
  });

  it('scores the held-out tests with a model trained on every example', () => {
    expect(report.heldOut.examples).toBe(1);
    expect(report.predictions.heldOut[0]).toMatchObject({ text: 'where is my parcel', label: 'track', fold: -1 });
  });
});

describe('the HTML report of that bot', () => {
  it('escapes training examples and titles, so none becomes markup', () => {
    expect(page).not.toContain(XSS);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).not.toContain('Track <my> "parcel"');
    expect(page).toContain('Track &lt;my&gt; &quot;parcel&quot; &amp; more');
    expect(page).not.toMatch(/<img|<script|onerror=alert\(1\)>/);
  });

  it('has the confused pairs section with one data-pair row per pair', () => {
    const section = /<section id="confused-pairs">([\s\S]*?)<\/section>/.exec(page)?.[1] ?? '';
    const rows = [...section.matchAll(/<tr data-pair="([^"]+)"/g)].map((m) => m[1]);
    expect(rows).toEqual(report.confusedPairs.map((p) => p.key));
    expect(rows).toContain('locate|track');
  });

  it('is self-contained: no scripts, external links, fonts or images', () => {
    expect(page).not.toMatch(/<script|<link|<img|@import|url\(|https?:\/\//i);
  });
});
