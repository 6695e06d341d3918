/** Options of `trainClassifier` and their defaults (chosen on CLINC150's validation split). */
import type { CalibrationOptions } from './calibrate';
import type { Calibration } from './classifierModel';
import { DEFAULT_FEATURE_OPTIONS, type FeatureOptions } from './featureOptions';
import { languageByCode } from '../language/languageOf';
import type { FineTuneOptions } from './fineTune';
import { DEFAULT_VECTOR_TRAINING, type VectorTrainOptions } from './vectors/vectorModel';

export interface Example {
  readonly text: string;
  readonly label: string;
}

export interface TrainOptions {
  /** Lidstone smoothing; default: the best of `alphaGrid` on the held-out messages. */
  readonly alpha?: number;
  readonly alphaGrid?: readonly number[];
  readonly features?: Partial<FeatureOptions>;
  /** Naive-Bayes scores are divided by this before fine-tuning, so the softmax starts unsaturated. */
  readonly naiveBayesScale?: number;
  /** Fine-tuning settings, or false for plain naive Bayes. */
  readonly fineTune?: Partial<Omit<FineTuneOptions, 'seed'>> | false;
  /**
   * The word-vector part: training settings and its weight (default: the best of `weightGrid` on the
   * held-out messages), or false for naive Bayes alone.
   */
  readonly vectors?: (Partial<Omit<VectorTrainOptions, 'seed'>> & { readonly weight?: number; readonly weightGrid?: readonly number[] }) | false;
  /** Labelled held-out examples to choose alpha and fit the calibration on; default: cross-validation. */
  readonly validation?: readonly Example[];
  /** Out-of-scope texts for the calibration (held out: never trained on). */
  readonly outOfScope?: readonly string[];
  /** Number of cross-validation folds when there is no `validation`. */
  readonly folds?: number;
  /** Calibration values to use as they are instead of fitting them. */
  readonly calibration?: Partial<Calibration>;
  readonly calibrationOptions?: Partial<CalibrationOptions>;
  readonly seed?: number;
}

export interface ResolvedOptions {
  readonly alphaGrid: readonly number[];
  readonly features: FeatureOptions;
  readonly naiveBayesScale: number;
  readonly fineTune: FineTuneOptions | false;
  readonly vectors: VectorTrainOptions | false;
  readonly vectorWeightGrid: readonly number[];
  readonly folds: number;
  readonly calibrationOptions: CalibrationOptions;
  readonly seed: number;
}

export const DEFAULT_FINE_TUNE: Omit<FineTuneOptions, 'seed'> = { epochs: 3, learningRate: 8, candidates: 8 };

/** Out of scope when more than three quarters of a message's content words (two or more) are unknown to the bot. */
export const DEFAULT_MAX_UNKNOWN = 0.75;

/** Weights tried for the word-vector part, and the one preferred on a tie. */
export const VECTOR_WEIGHT_GRID: readonly number[] = [0, 0.25, 0.5, 0.75, 1, 1.5, 2, 3];
export const PREFERRED_VECTOR_WEIGHT = 1;

export function resolveOptions(options: TrainOptions): ResolvedOptions {
  const seed = options.seed ?? 1;
  const features: FeatureOptions = { ...DEFAULT_FEATURE_OPTIONS, ...options.features };
  // The shipped word vectors describe English words only.
  const vectorsOff = options.vectors === false || !languageByCode(features.language).englishWords;
  return {
    alphaGrid: options.alpha !== undefined ? [options.alpha] : (options.alphaGrid ?? [0.003, 0.01, 0.03]),
    features,
    naiveBayesScale: options.naiveBayesScale ?? 3,
    fineTune: options.fineTune === false ? false : { ...DEFAULT_FINE_TUNE, ...options.fineTune, seed },
    vectors: vectorsOff ? false : { ...DEFAULT_VECTOR_TRAINING, ...options.vectors, seed },
    vectorWeightGrid: options.vectors && options.vectors.weight !== undefined ? [options.vectors.weight] : ((options.vectors || undefined)?.weightGrid ?? VECTOR_WEIGHT_GRID),
    folds: options.folds ?? 4,
    calibrationOptions: {
      maxFalseRejection: 0.01,
      defaultMaxUnknown: DEFAULT_MAX_UNKNOWN,
      // Real out-of-scope messages fit the whole rule; intents held out of cross-validation folds do not.
      fitUnknown: options.validation !== undefined,
      ...options.calibrationOptions,
    },
    seed,
  };
}
