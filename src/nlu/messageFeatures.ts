/** The text pipeline composed: normalise -> tokenise -> correct spelling -> stem -> features. */
import type { FeatureOptions } from './featureOptions';
import { extractFeatures, type MessageFeatures } from './features';
import { languageByCode } from '../language/languageOf';
import { normalise } from './normalise';
import { wordInfo } from './wordInfo';
import { tokenise } from './tokenise';

/**
 * Features of a raw message; only its first `options.maxChars` characters are read. With `shared`,
 * the feature arrays are views of buffers reused by the next call. With `correct`, each word is
 * replaced by the word it stands for (see spelling/spellingCorrector.ts).
 */
export function messageFeatures(text: string, options: FeatureOptions, shared = false, correct?: (word: string) => string): MessageFeatures {
  const language = languageByCode(options.language);
  const tokens = tokenise(normalise(text.slice(0, options.maxChars), language), options.maxTokens);
  if (correct) for (let i = 0; i < tokens.length; i++) tokens[i] = correct(tokens[i]!);
  const words = tokens;
  const stems: string[] = new Array(words.length);
  const rows = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const info = wordInfo(words[i]!, language);
    stems[i] = info.stem;
    rows[i] = info.row;
  }
  return { ...extractFeatures(words, stems, options, shared, language), rows };
}
