// A bot of several languages greets a Direct Line conversation in the customer's language when the client
// says it. Clients say it on the activities they post (Microsoft's Web Chat sets `locale` on each, from its
// `locale` prop), and Web Chat integrators send an event when the chat connects (the `webchat/join` pattern)
// for the bot to greet on. So the welcome of such a bot waits, after POST /conversations, for the
// conversation's first activity from the client, whatever its type, and is given that activity's locale;
// when none comes within `waitMs`, it is logged in the bot's main language. Held in this process: a first
// activity that reaches another process (Redis) finds nothing held here, and the wait ends the hold.
export type Welcome = (locale: string | undefined) => Promise<void>;

export interface PendingWelcomes {
  /** Whether welcomes wait at all: a wait of 0 greets at once, in the main language. */
  readonly waits: boolean;
  /** Holds the welcome of a conversation just created, for its first client activity or `waitMs`. */
  hold(conversationId: string, welcome: Welcome): void;
  /** Logs a held welcome now, in `locale`; resolves at once when none is held. */
  release(conversationId: string, locale: string | undefined): Promise<void>;
  /** Drops every held welcome (the server is closing). */
  close(): void;
}

export function createPendingWelcomes(waitMs: number): PendingWelcomes {
  const held = new Map<string, { readonly welcome: Welcome; readonly timer: NodeJS.Timeout }>();
  const take = (conversationId: string): Welcome | undefined => {
    const found = held.get(conversationId);
    if (!found) return undefined;
    clearTimeout(found.timer);
    held.delete(conversationId);
    return found.welcome;
  };
  return {
    waits: waitMs > 0,
    hold(conversationId, welcome) {
      take(conversationId);
      const timer = setTimeout(() => void take(conversationId)?.(undefined).catch(() => undefined), waitMs);
      timer.unref();
      held.set(conversationId, { welcome, timer });
    },
    async release(conversationId, locale) {
      await take(conversationId)?.(locale);
    },
    close() {
      for (const { timer } of held.values()) clearTimeout(timer);
      held.clear();
    },
  };
}
