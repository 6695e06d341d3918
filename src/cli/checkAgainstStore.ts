// `baton validate --against <store>`: what the bot would change in the conversations the store
// holds for it, or why the store could not be read.
import type { CompiledBot } from '../config/compiledBot';
import { conversationMoves, type ConversationMoves } from '../runtime/conversationMoves';
import { openConversationStore } from '../store/openConversationStore';

export type StoreCheck =
  | { readonly ok: true; readonly store: string; readonly found: ConversationMoves }
  | { readonly ok: false; readonly error: string };

/** Whether a checked store has conversations the bot would move or take slot values from. */
export const changesStored = (check: StoreCheck | undefined): boolean =>
  check?.ok === true && (check.found.moving > 0 || check.found.losingSlots > 0);

export async function checkAgainstStore(bot: CompiledBot, setting: string): Promise<StoreCheck> {
  let opened;
  try {
    opened = await openConversationStore(setting, bot.id);
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
  try {
    return { ok: true, store: opened.where, found: await conversationMoves(opened.store, bot) };
  } catch (err) {
    return { ok: false, error: `Reading the stored conversations of ${opened.where} failed: ${(err as Error).message}` };
  } finally {
    await opened.store.close().catch(() => undefined);
  }
}
