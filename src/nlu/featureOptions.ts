/** Options of the feature extractor and their defaults. */

export interface FeatureOptions {
  /** Only the first `maxChars` characters of a message are read (bounded cost for long messages). */
  readonly maxChars: number;
  /** Only the first `maxTokens` tokens are used. */
  readonly maxTokens: number;
  /** Character n-grams are taken from the first `maxWordChars` characters of each word. */
  readonly maxWordChars: number;
  /** Weight of stemmed word unigrams. */
  readonly unigramWeight: number;
  /** Weight of stemmed word bigrams, with start and end markers. */
  readonly bigramWeight: number;
  /** Weight of the character n-grams of each (unstemmed) word, with word boundary markers. */
  readonly charWeight: number;
  readonly charMin: number;
  readonly charMax: number;
  /** Whether stop words contribute character n-grams too. */
  readonly stopWordCharGrams: boolean;
  /** The code of the messages' language (see src/language/languages.ts); English when absent. */
  readonly language?: string;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = Object.freeze({
  maxChars: 2000,
  maxTokens: 64,
  maxWordChars: 20,
  unigramWeight: 1,
  bigramWeight: 1,
  charWeight: 0.25,
  charMin: 2,
  charMax: 5,
  stopWordCharGrams: false,
});
