// What the debug log says of each turn: the conversation, its channel, the intent understood, the
// flow state after it, what became of it, and how long it took. No customer words (those are in the
// transcript, not the logs).
import type { TurnOutcome } from '../runtime/createRuntime';

export function turnLog(outcome: TurnOutcome, ms: number): Record<string, unknown> {
  const top = outcome.understanding?.intents[0];
  const frame = outcome.state.stack[outcome.state.stack.length - 1];
  return {
    conversationId: outcome.conversationId,
    channel: outcome.state.customer?.channel ?? 'unknown',
    ...(top ? { intent: top.name, confidence: Math.round(top.confidence * 1000) / 1000 } : {}),
    ...(frame ? { flow: frame.flow, state: frame.state } : {}),
    outcome: outcome.handoff ? `handoff:${outcome.handoff.mode}` : outcome.effects.some((e) => e.type === 'end') ? 'ended' : 'bot',
    ms: Math.round(ms * 100) / 100,
  };
}
