/** Baton's NLU: text pipeline, naive-Bayes classifier with fine-tuning and calibration, serialisation. */
export type { CalibrationOptions } from './calibrate';
export { classify, type Classification, type ClassifyOptions, type OutOfScopeReason, type RankedIntent } from './classify';
export { FORMAT_VERSION, type Calibration, type ClassifierModel } from './classifierModel';
export { DEFAULT_FEATURE_OPTIONS, type FeatureOptions } from './featureOptions';
export { extractFeatures, type MessageFeatures } from './features';
export type { FineTuneOptions } from './fineTune';
export { messageFeatures } from './messageFeatures';
export { normalise } from './normalise';
export { deserialiseModel, serialiseModel } from './serialise';
export { stem, stemAll } from './stem';
export { tokenise } from './tokenise';
export { trainClassifier } from './trainClassifier';
export type { Example, TrainOptions } from './trainOptions';
