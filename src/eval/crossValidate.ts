// Cross-validation through the bot's real NLU pipeline (patterns, entity masking, classifier):
// fold j's model is built by createBotNlu on the bot with every example outside fold j as its
// training set, and predicts the examples of fold j. Only the author's examples are dealt into
// folds and predicted; Baton's built-in examples train every fold's model. Predictions come back
// in training order.
import type { CompiledBot, Example } from '../config/compiledBot';
import { createBotNlu } from '../nlu/createBotNlu';
import type { Prediction } from './evalReport';
import { predict } from './predict';
import type { FoldPlan } from './stratifiedFolds';

/** The author's training examples: the ones cross-validation predicts. */
export function ownExamples(bot: CompiledBot): Example[] {
  return bot.training.filter((e) => !e.builtin);
}

/** `plan` deals the author's examples (ownExamples) into folds. */
export function crossValidate(bot: CompiledBot, plan: FoldPlan, now: Date): Prediction[] {
  const own = ownExamples(bot);
  const builtin = bot.training.filter((e) => e.builtin);
  const predictions = new Array<Prediction | undefined>(own.length);
  for (let j = 0; j < plan.k; j++) {
    const tested = own.flatMap((_, i) => (plan.fold[i] === j ? [i] : []));
    if (tested.length === 0) continue;
    const training = [...own.filter((_, i) => plan.fold[i] !== j), ...builtin];
    // The main language's examples only: the bot's other languages are not what this fold measures.
    const nlu = training.length > 0 ? createBotNlu({ ...bot, training, byLanguage: {} }) : undefined;
    for (const i of tested) predictions[i] = predict(nlu, own[i]!, j, now);
  }
  return predictions.map((p, i) => p ?? predict(undefined, own[i]!, plan.fold[i] ?? 0, now));
}
