// What a waiting customer hears about their place in the queue: `queuePosition` with the wait in
// words, or `queueNoEstimate` when no agent of the queue has taken a conversation to learn from.
import type { CompiledBot } from '../config/compiledBot';
import { pickVariation } from '../engine/pickVariation';
import { renderTemplate } from '../engine/template';
import type { QueuePosition } from './handoffService';
import { waitText } from './waitText';

export function queueStatusText(bot: CompiledBot, conversationId: string, { position, estimatedWaitMinutes }: QueuePosition): string {
  const key = estimatedWaitMinutes === undefined ? 'queueNoEstimate' : 'queuePosition';
  const values = estimatedWaitMinutes === undefined ? { position } : { position, minutes: Math.max(1, Math.round(estimatedWaitMinutes)), wait: waitText(estimatedWaitMinutes) };
  return renderTemplate(pickVariation(bot.messages[key], conversationId, `message:${key}`), values);
}
