// `evaluateBot` on the sample bot: the report's numbers agree with each other and with the bot.
import { join } from 'node:path';
import { loadBot } from '../../src/config/loadBot';
import type { CompiledBot } from '../../src/config/compiledBot';
import { evaluateBot } from '../../src/eval/evaluateBot';
import { EVAL_REPORT_VERSION, type EvalReport } from '../../src/eval/evalReport';
import { renderEvalHtml } from '../../src/eval/renderEvalHtml';

let bot: CompiledBot;
let report: EvalReport;

beforeAll(() => {
  const loaded = loadBot(join(__dirname, '..', '..', 'bots', 'acme.yaml'));
  if (!loaded.bot) throw new Error('the sample bot does not load');
  bot = loaded.bot;
  report = evaluateBot(bot);
});

const sum = (ns: readonly number[]): number => ns.reduce((a, b) => a + b, 0);
const own = (): CompiledBot['training'] => bot.training.filter((e) => !e.builtin);

describe('evaluating the sample bot', () => {
  it('carries its format version, the bot and the options', () => {
    expect(report.version).toBe(EVAL_REPORT_VERSION);
    expect(report.bot).toEqual({ id: 'acme', name: bot.name });
    expect(report.options).toEqual({ folds: 5, seed: 1 });
    expect(report.crossValidation.folds).toBe(5);
  });

  it('predicts every training example of the author exactly once in cross-validation, and no built-in one', () => {
    const cv = report.predictions.crossValidation;
    expect(bot.training.some((e) => e.builtin)).toBe(true);
    expect(cv.map((p) => [p.text, p.label])).toEqual(own().map((e) => [e.text, e.label]));
    expect(new Set(cv.map((p) => p.fold))).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(report.crossValidation.examples).toBe(own().length);
  });

  it("has per-intent supports that sum to the number of the author's examples", () => {
    expect(sum(report.intents.map((i) => i.support))).toBe(own().length);
    expect(report.intents.map((i) => i.name).sort()).toEqual([...Object.keys(bot.intents), ...Object.keys(bot.faq)].sort());
    for (const i of report.intents) expect(i.support).toBe(own().filter((e) => e.label === i.name).length);
  });

  it('has a confusion matrix whose rows sum to the supports and whose diagonal is the right answers', () => {
    const { labels, counts } = report.confusion;
    labels.forEach((label, r) => {
      const stats = report.intents.find((i) => i.name === label)!;
      expect(sum(counts[r]!)).toBe(stats.support);
      expect(counts[r]![r]).toBe(stats.correct);
    });
    expect(sum(labels.map((_, r) => counts[r]![r]!))).toBe(report.crossValidation.correct);
  });

  it('gives accuracies between 0 and 1 that match the counts, well above chance on the sample', () => {
    for (const s of [report.crossValidation, report.heldOut]) {
      expect(s.accuracy).toBeCloseTo(s.correct / s.examples, 10);
      expect(s.strictAccuracy!).toBeLessThanOrEqual(s.accuracy!);
      expect(s.outOfScope).toBeLessThanOrEqual(s.examples);
    }
    expect(report.crossValidation.accuracy!).toBeGreaterThan(0.5);
    expect(report.heldOut.examples).toBe(bot.tests.length);
    expect(report.heldOut.accuracy!).toBeGreaterThan(0.7);
    for (const i of report.intents) for (const v of [i.precision, i.recall, i.f1]) expect(v >= 0 && v <= 1).toBe(true);
  });

  it('lists at most ten confused pairs, most errors first, each with the examples behind it', () => {
    expect(report.confusedPairs.length).toBeGreaterThan(0);
    expect(report.confusedPairs.length).toBeLessThanOrEqual(10);
    const totals = report.confusedPairs.map((p) => p.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    for (const p of report.confusedPairs) expect(p.examples).toHaveLength(p.total);
  });

  it('gives the same report twice', () => {
    expect(evaluateBot(bot)).toEqual(report);
  });

  it('renders an HTML page with every section and a data-pair row per confused pair', () => {
    const page = renderEvalHtml(report);
    for (const id of ['summary', 'confusion', 'intents', 'confused-pairs', 'closer', 'held-out']) expect(page).toContain(`id="${id}"`);
    for (const p of report.confusedPairs) expect(page).toContain(`data-pair="${p.key}"`);
  });
});
