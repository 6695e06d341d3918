// What a waiting customer hears about their place in the queue: `queuePosition` with the wait in
// words (learnt from the queue's recent claims, else the author's `typicalWait` per place), or
// `queueNoEstimate` when there is neither. `bot` is the bot in the conversation's language (inHandoffLanguage).
import type { CompiledBot } from '../config/compiledBot';
import { pickVariation } from '../engine/pickVariation';
import { renderTemplate } from '../engine/template';
import type { QueuePosition } from './handoffService';
import { waitText } from './waitText';
import { botLanguage } from '../language/botLanguage';

export function queueStatusText(bot: CompiledBot, conversationId: string, place: QueuePosition, queue: string): string {
  const { position } = place;
  const typical = bot.handoff.queues[queue]?.typicalWait;
  const estimatedWaitMinutes = place.estimatedWaitMinutes ?? (typical !== undefined ? typical * Math.max(1, position) : undefined);
  const key = estimatedWaitMinutes === undefined ? 'queueNoEstimate' : 'queuePosition';
  const values = estimatedWaitMinutes === undefined ? { position } : { position, minutes: Math.max(1, Math.round(estimatedWaitMinutes)), wait: waitText(estimatedWaitMinutes, botLanguage(bot)) };
  return renderTemplate(pickVariation(bot.messages[key], conversationId, `message:${key}`), values);
}
