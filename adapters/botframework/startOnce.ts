// Starts a conversation (the bot's welcome) the first time members are added to it, and never
// again: not when the store already holds the conversation, not when channels send several
// conversationUpdate activities at once (the Emulator sends one for the bot and one for the user).
import type { CustomerIdentity } from '../../src/engine/conversationState';
import type { TurnOutcome } from '../../src/runtime/createRuntime';
import type { ServerContext } from '../../src/server/serverContext';

/** Resolves the welcome's outcome, or undefined when the conversation had already started. */
export type StartOnce = (conversationId: string, customer: CustomerIdentity) => Promise<TurnOutcome | undefined>;

export function createStartOnce(ctx: ServerContext): StartOnce {
  const starting = new Map<string, Promise<TurnOutcome | undefined>>();
  return (conversationId, customer) => {
    const inFlight = starting.get(conversationId);
    if (inFlight) return inFlight.then(() => undefined);
    const started = (async () => {
      const stored = await ctx.store.loadState(ctx.runtime.bot.id, conversationId);
      return stored === undefined ? ctx.runtime.start(conversationId, customer) : undefined;
    })().finally(() => starting.delete(conversationId));
    starting.set(conversationId, started);
    return started;
  };
}
