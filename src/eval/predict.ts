// Runs one utterance of known intent through a bot's NLU and records what it made of it.
import type { BotNlu } from '../runtime/botNlu';
import { describeOutOfScope } from '../nlu/describeOutOfScope';
import type { Prediction } from './evalReport';

export function predict(nlu: BotNlu | undefined, example: { readonly text: string; readonly label: string }, fold: number, now: Date): Prediction {
  const u = nlu?.understand(example.text, now);
  const top = u?.intents[0];
  const predicted = top?.name ?? null;
  const outOfScope = u === undefined || top === undefined || (u.outOfScope && !u.byPattern);
  return {
    text: example.text,
    label: example.label,
    predicted,
    confidence: top?.confidence ?? 0,
    trueConfidence: u?.intents.find((i) => i.name === example.label)?.confidence ?? 0,
    outOfScope,
    ...(outOfScope && u?.reason ? { outOfScopeReason: describeOutOfScope(u.reason) } : {}),
    byPattern: u?.byPattern ?? false,
    correct: predicted === example.label,
    fold,
  };
}
