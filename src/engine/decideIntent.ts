// What the bot makes of a message's intents: act on one, ask which of two was meant, or admit it
// did not understand. Out-of-scope messages never start a flow.
import type { CompiledBot } from '../config/compiledBot';
import type { Understanding } from './understanding';

export type Decision =
  | { readonly kind: 'confident'; readonly intent: string; readonly confidence: number }
  | { readonly kind: 'ambiguous'; readonly options: readonly [string, string] }
  | { readonly kind: 'unsure' };

export function decideIntent(bot: CompiledBot, u: Understanding): Decision {
  const [top, second] = u.intents;
  if (!top) return { kind: 'unsure' };
  if (u.byPattern) return { kind: 'confident', intent: top.name, confidence: top.confidence };
  if (u.outOfScope) return { kind: 'unsure' };
  const { threshold, ambiguity } = bot.nlu;
  const close = second !== undefined && top.confidence - second.confidence < ambiguity;
  if (close && top.confidence + second.confidence >= threshold) return { kind: 'ambiguous', options: [top.name, second.name] };
  if (top.confidence >= threshold) return { kind: 'confident', intent: top.name, confidence: top.confidence };
  return { kind: 'unsure' };
}
