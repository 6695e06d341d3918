/** The text pipeline composed: normalise -> tokenise -> stem -> features. */
import type { FeatureOptions } from './featureOptions';
import { extractFeatures, type MessageFeatures } from './features';
import { normalise } from './normalise';
import { stemAll } from './stem';
import { tokenise } from './tokenise';

/**
 * Features of a raw message; only its first `options.maxChars` characters are read. With `shared`,
 * the feature arrays are views of buffers reused by the next call.
 */
export function messageFeatures(text: string, options: FeatureOptions, shared = false): MessageFeatures {
  const words = tokenise(normalise(text.slice(0, options.maxChars)), options.maxTokens);
  return extractFeatures(words, stemAll(words), options, shared);
}
