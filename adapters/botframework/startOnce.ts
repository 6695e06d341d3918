// Starts a conversation (the bot's welcome) the first time members are added to it, and never
// again: not when the store already holds the conversation, not when channels send several
// conversationUpdate activities at once (the Emulator sends one for the bot and one for the user).
import type { CustomerIdentity } from '../../src/engine/conversationState';
import type { StartOptions, TurnOutcome } from '../../src/runtime/createRuntime';
import type { ServerContext } from '../../src/server/serverContext';

/** Resolves the welcome's outcome, or undefined when the conversation had already started. `options.locale`: the channel's. */
export type StartOnce = (conversationId: string, customer: CustomerIdentity, options?: StartOptions) => Promise<TurnOutcome | undefined>;

export function createStartOnce(ctx: ServerContext): StartOnce {
  const starting = new Map<string, Promise<TurnOutcome | undefined>>();
  return (conversationId, customer, options) => {
    const inFlight = starting.get(conversationId);
    if (inFlight) return inFlight.then(() => undefined);
    const started = (async () => {
      const stored = await ctx.store.loadState(ctx.runtime.bot.id, conversationId);
      if (stored !== undefined) return undefined;
      return options ? ctx.runtime.start(conversationId, customer, options) : ctx.runtime.start(conversationId, customer);
    })().finally(() => starting.delete(conversationId));
    starting.set(conversationId, started);
    return started;
  };
}
