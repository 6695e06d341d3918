// The shape of `baton eval`'s report: how well a bot's intents are understood, measured by
// stratified cross-validation over its training examples and by its held-out `tests:` utterances.
// Serialised as JSON by `baton eval --json`; `version` changes whenever this shape does.

export const EVAL_REPORT_VERSION = 1;

/** What the bot's NLU made of one utterance whose intent is known. */
export interface Prediction {
  readonly text: string;
  /** The intent or FAQ entry the utterance belongs to. */
  readonly label: string;
  /** The top intent, or null when the model ranked none (it was trained on nothing). */
  readonly predicted: string | null;
  /** Confidence of the top intent (1 when a regex pattern decided). */
  readonly confidence: number;
  /** Confidence the model gave the true intent (0 when it did not rank it). */
  readonly trueConfidence: number;
  /** The classifier judged the utterance to be about none of the bot's intents. */
  readonly outOfScope: boolean;
  /** Why it was judged out of scope, in words. */
  readonly outOfScopeReason?: string;
  readonly byPattern: boolean;
  /** The top intent is the true one. */
  readonly correct: boolean;
  /** Cross-validation fold whose model predicted it; -1 for held-out tests. */
  readonly fold: number;
}

export interface AccuracySummary {
  readonly examples: number;
  /** Predictions whose top intent is the true one. */
  readonly correct: number;
  /** correct / examples; null when there were no examples. */
  readonly accuracy: number | null;
  /** Predictions the classifier judged out of scope, whatever their top intent. */
  readonly outOfScope: number;
  /** Right and in scope: what the bot would act on without asking. */
  readonly correctInScope: number;
  /** correctInScope / examples; null when there were no examples. */
  readonly strictAccuracy: number | null;
  /** Predictions decided by a regex pattern. */
  readonly byPattern: number;
}

export interface IntentStats {
  readonly name: string;
  readonly title: string;
  readonly kind: 'intent' | 'faq';
  /** Training examples of this intent (each predicted once in cross-validation). */
  readonly support: number;
  /** Predictions with this intent on top, right or wrong. */
  readonly predicted: number;
  readonly correct: number;
  /** Examples of this intent judged out of scope (right or wrong top intent). */
  readonly outOfScope: number;
  /** 0 when nothing was predicted as this intent. */
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface ConfusionMatrix {
  /** Row and column order: intents, then FAQ entries, in file order. */
  readonly labels: readonly string[];
  /**
   * counts[i][j]: examples of labels[i] whose top intent was labels[j]; a row sums to the
   * support, less any prediction without a top intent (a model trained on nothing).
   */
  readonly counts: readonly (readonly number[])[];
  /** outOfScope[i]: how many of row i's examples were also judged out of scope (already in counts). */
  readonly outOfScope: readonly number[];
}

export interface ConfusedPair {
  /** The two intents, in name order; `key` is "a|b". */
  readonly a: string;
  readonly b: string;
  readonly key: string;
  /** Examples of a predicted as b, and of b predicted as a. */
  readonly aAsB: number;
  readonly bAsA: number;
  readonly total: number;
  /** The predictions that made the confusion (in or out of scope), most confident first. */
  readonly examples: readonly Prediction[];
}

/** A training example that cross-validation put closer to another intent than to its own. */
export interface CloserExample extends Prediction {
  /** confidence - trueConfidence: how much closer it sits to the other intent. */
  readonly margin: number;
}

export interface EvalReport {
  readonly version: typeof EVAL_REPORT_VERSION;
  readonly bot: { readonly id: string; readonly name: string };
  /** The language this report measures, by code: the bot's main language at the top. */
  readonly language: string;
  /**
   * A bot that serves several languages: the same report for each of its other languages, by code
   * (that language's classifier, examples and held-out tests). Absent for a one-language bot.
   */
  readonly byLanguage?: Readonly<Record<string, EvalReport>>;
  readonly options: { readonly folds: number; readonly seed: number };
  readonly crossValidation: AccuracySummary & { readonly folds: number };
  readonly heldOut: AccuracySummary;
  /** Mean F1 over the intents with training examples. */
  readonly macroF1: number | null;
  /** Intents and FAQ entries, in the confusion matrix's order. */
  readonly intents: readonly IntentStats[];
  readonly confusion: ConfusionMatrix;
  /** The most confused pairs (cross-validation), most errors first. */
  readonly confusedPairs: readonly ConfusedPair[];
  /** Sorted by margin, largest first. */
  readonly closerToOther: readonly CloserExample[];
  readonly predictions: { readonly crossValidation: readonly Prediction[]; readonly heldOut: readonly Prediction[] };
}
