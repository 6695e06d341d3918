/** The trained classifier: feature tables, vocabulary, scoring weights and calibration. */
import type { FeatureOptions } from './featureOptions';
import type { FeatureTable } from './featureTable';
import type { ScoringModel } from './scoringModel';
import type { SpellingCorrector } from './spelling/spellingCorrector';
import type { VectorModel } from './vectors/vectorModel';

/** Version of the serialised form; bumped whenever features, scoring or the layout change. */
export const FORMAT_VERSION = 3;

export interface Calibration {
  /** Scores are divided by this before the softmax that gives confidences. */
  readonly temperature: number;
  /** A message whose top confidence is below this is out of scope. */
  readonly threshold: number;
  /**
   * A message more than this share of whose content words the bot never saw (see unknownWords.ts) is
   * out of scope whatever its confidence; 1 turns the rule off.
   */
  readonly maxUnknown: number;
}

export interface ClassifierModel {
  readonly formatVersion: typeof FORMAT_VERSION;
  /** Intent labels; index = intent number in the scoring model. */
  readonly labels: readonly string[];
  readonly features: FeatureOptions;
  /** Smoothing used to train the naive-Bayes part (kept for reference). */
  readonly alpha: number;
  readonly wordTable: FeatureTable;
  readonly charTable: FeatureTable;
  /** Training words -> row index in `scoring.rows`. */
  readonly vocabulary: ReadonlyMap<string, number>;
  readonly scoring: ScoringModel;
  /** The word-vector part, when trained with one. */
  readonly vectors?: VectorModel;
  readonly calibration: Calibration;
  /** Corrects misspelt message words before their features are taken. */
  readonly spelling: SpellingCorrector;
}
