/**
 * A trained model with the out-of-scope rule of the bot's manifest (`nlu.outOfScope`): its largest
 * share of unknown words, and a confidence threshold that is the author's number, or the fitted one
 * kept at or below the bot's acting threshold, so that a match the bot would act on is only ever turned
 * down by a rule the author can read.
 */
import type { CompiledBot } from '../config/compiledBot';
import type { ClassifierModel } from './classifierModel';

export function withBotOutOfScopeRule(model: ClassifierModel, nlu: CompiledBot['nlu']): ClassifierModel {
  const { unknownWords, confidence } = nlu.outOfScope;
  const threshold = confidence === 'auto' ? Math.min(model.calibration.threshold, nlu.threshold) : confidence;
  return { ...model, calibration: { ...model.calibration, threshold, maxUnknown: unknownWords } };
}
