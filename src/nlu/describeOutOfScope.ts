/** Why a message was judged out of scope, in words an author reads in `baton chat --debug` and `baton eval`. */
import type { OutOfScopeReason } from './classify';

/** A reason for a bot's understanding: the classifier's, or a message of entity values alone. */
export type UnderstandingReason = OutOfScopeReason | { readonly kind: 'onlyEntities' };

const percent = (x: number): string => `${Math.round(100 * x)}%`;

export function describeOutOfScope(reason: UnderstandingReason): string {
  switch (reason.kind) {
    case 'noWords':
      return 'no words to read';
    case 'onlyEntities':
      return 'only values (an email, a number...) and no words of its own';
    case 'unknownWords':
      return `${percent(reason.share)} of its words (${reason.words.length}) are unknown to the bot (${reason.words.map((w) => `"${w}"`).join(', ')}; the limit is ${percent(reason.limit)})`;
    case 'lowConfidence':
      return `confidence ${reason.confidence.toFixed(2)} is below the out-of-scope threshold ${reason.threshold.toFixed(2)}`;
  }
}
