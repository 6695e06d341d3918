// Measures how well a bot's intents are understood: stratified k-fold cross-validation over its
// author's training examples (Baton's built-in examples always train, never count), and its held-out `tests:` utterances against a model trained on all of them.
// Every model is the bot's real NLU (createBotNlu), so patterns and entity masking count too.
import { botInLanguage } from '../config/botInLanguage';
import { languageCode } from '../language/languageOf';
import type { CompiledBot } from '../config/compiledBot';
import { createBotNlu } from '../nlu/createBotNlu';
import { accuracySummary } from './accuracySummary';
import { closerToOther } from './closerToOther';
import { confusedPairs } from './confusedPairs';
import { confusionMatrix } from './confusionMatrix';
import { crossValidate, ownExamples } from './crossValidate';
import { EVAL_REPORT_VERSION, type EvalReport } from './evalReport';
import { intentStats } from './intentStats';
import { predict } from './predict';
import { stratifiedFolds } from './stratifiedFolds';

export interface EvaluateOptions {
  /** Cross-validation folds (default 5; an intent with fewer examples uses fewer). */
  readonly folds?: number;
  /** Seed of the shuffle that deals examples into folds (default 1). */
  readonly seed?: number;
  /** The time relative dates in utterances are read against (default a fixed day, so runs repeat). */
  readonly now?: Date;
  /** How many confused pairs to report (default 10). */
  readonly pairs?: number;
}

export const DEFAULT_FOLDS = 5;
const FIXED_NOW = new Date('2026-01-01T12:00:00Z');

/** The bot's report in its main language and, for a bot of several languages, in each of the others. */
export function evaluateBot(bot: CompiledBot, options: EvaluateOptions = {}): EvalReport {
  const main = evaluateLanguage(bot, options);
  const others = bot.languages.slice(1);
  if (others.length === 0) return main;
  return { ...main, byLanguage: Object.fromEntries(others.map((code) => [code, evaluateLanguage(botInLanguage(bot, code), options)])) };
}

/** One language's report: `bot` is the bot as it speaks that language (see botInLanguage). */
function evaluateLanguage(bot: CompiledBot, options: EvaluateOptions): EvalReport {
  const folds = options.folds ?? DEFAULT_FOLDS;
  const seed = options.seed ?? 1;
  const now = options.now ?? FIXED_NOW;
  const plan = stratifiedFolds(ownExamples(bot).map((e) => e.label), folds, seed);
  const cv = crossValidate(bot, plan, now);
  const full = bot.tests.length > 0 && bot.training.length > 0 ? createBotNlu(bot) : undefined;
  const heldOut = bot.tests.map((e) => predict(full, e, -1, now));
  const labels = [...new Set([...Object.keys(bot.intents), ...Object.keys(bot.faq), ...bot.training.map((e) => e.label)])];
  const confusion = confusionMatrix(labels, cv);
  const intents = intentStats(bot, labels, cv);
  const trained = intents.filter((i) => i.support > 0);
  return {
    version: EVAL_REPORT_VERSION,
    bot: { id: bot.id, name: bot.name },
    language: languageCode(bot.locale),
    options: { folds, seed },
    crossValidation: { ...accuracySummary(cv), folds: plan.k },
    heldOut: accuracySummary(heldOut),
    macroF1: trained.length > 0 ? trained.reduce((sum, i) => sum + i.f1, 0) / trained.length : null,
    intents,
    confusion,
    confusedPairs: confusedPairs(cv, options.pairs ?? 10),
    closerToOther: closerToOther(cv),
    predictions: { crossValidation: cv, heldOut },
  };
}
