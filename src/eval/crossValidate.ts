// Cross-validation through the bot's real NLU pipeline (patterns, entity masking, classifier):
// fold j's model is built by createBotNlu on the bot with every example outside fold j as its
// training set, and predicts the examples of fold j. Predictions come back in training order.
import type { CompiledBot } from '../config/compiledBot';
import { createBotNlu } from '../nlu/createBotNlu';
import type { Prediction } from './evalReport';
import { predict } from './predict';
import type { FoldPlan } from './stratifiedFolds';

export function crossValidate(bot: CompiledBot, plan: FoldPlan, now: Date): Prediction[] {
  const predictions = new Array<Prediction | undefined>(bot.training.length);
  for (let j = 0; j < plan.k; j++) {
    const tested = bot.training.flatMap((_, i) => (plan.fold[i] === j ? [i] : []));
    if (tested.length === 0) continue;
    const training = bot.training.filter((_, i) => plan.fold[i] !== j);
    const nlu = training.length > 0 ? createBotNlu({ ...bot, training }) : undefined;
    for (const i of tested) predictions[i] = predict(nlu, bot.training[i]!, j, now);
  }
  return predictions.map((p, i) => p ?? predict(undefined, bot.training[i]!, plan.fold[i] ?? 0, now));
}
