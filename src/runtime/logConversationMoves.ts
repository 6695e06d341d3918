// At start-up and after each reload: one log line saying how many stored conversations the bot
// that now serves moves (by flow.state, the top few), when it moves any or drops slot values.
// Called in the background once the server listens; the store is read a batch at a time with the
// event loop free in between, so requests are served meanwhile. A read that fails is logged and
// changes nothing; `signal` stops a count a newer bot made stale.
import type { CompiledBot } from '../config/compiledBot';
import type { Logger } from '../server/logger';
import type { ConversationStore } from '../store/conversationStore';
import { conversationMoves } from './conversationMoves';
import { describeConversationMoves } from './describeConversationMoves';

/** How many places and slots the line names; the rest are counted. */
const TOP = 5;

export async function logConversationMoves(store: ConversationStore, bot: CompiledBot, log: Logger, signal?: AbortSignal): Promise<void> {
  try {
    const found = await conversationMoves(store, bot, signal ? { signal } : {});
    if (!found.complete || (found.moving === 0 && found.losingSlots === 0)) return;
    log.warn({
      bot: bot.id, conversations: found.conversations, moving: found.moving, losingSlots: found.losingSlots,
      moves: found.moves.slice(0, TOP), slotsLost: found.slotsLost.slice(0, TOP),
    }, `stored conversations: ${describeConversationMoves(found, TOP)}`);
  } catch (err) {
    if (signal?.aborted) return;
    log.warn({ err, bot: bot.id }, 'stored conversations: could not count those the bot moves; serving goes on');
  }
}
