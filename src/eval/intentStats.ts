// Per-intent precision, recall and F1 of the top predicted intent, with each intent's support
// (its examples) and how many of them were judged out of scope.
import type { CompiledBot } from '../config/compiledBot';
import type { IntentStats, Prediction } from './evalReport';

export function intentStats(bot: CompiledBot, labels: readonly string[], predictions: readonly Prediction[]): IntentStats[] {
  return labels.map((name) => {
    const own = predictions.filter((p) => p.label === name);
    const support = own.length;
    const correct = own.filter((p) => p.correct).length;
    const predicted = predictions.filter((p) => p.predicted === name).length;
    const precision = predicted > 0 ? correct / predicted : 0;
    const recall = support > 0 ? correct / support : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    const faq = bot.faq[name];
    const title = faq?.title ?? bot.intents[name]?.title ?? name;
    const outOfScope = own.filter((p) => p.outOfScope).length;
    return { name, title, kind: faq ? 'faq' : 'intent', support, predicted, correct, outOfScope, precision, recall, f1 };
  });
}
