// What a customer's channel shows when their turn could not be run at all (the store out of reach,
// the conversation busy on another process, a fault): the bot's own `turnFailed` message, as its
// author set it, picked for the conversation like every other message.
import type { CompiledBot } from '../config/compiledBot';
import { pickVariation } from '../engine/pickVariation';
import type { Reply } from '../runtime/createRuntime';

export function turnFailedReply(bot: CompiledBot, conversationId = ''): Reply {
  return { text: pickVariation(bot.messages.turnFailed, conversationId, 'turnFailed') };
}
