// Deliveries to one conversation in the order they were asked for: "Ann Lee joined" before Ann's
// first reply, "Ann Lee has left" before the bot's words after a resolve, even when the first
// needs a look-up (the agent's name) and the second is quicker. Different conversations never wait
// for each other; a failed delivery does not hold up the next.
import type { Reply } from '../runtime/createRuntime';
import type { Deliver } from './deliverToCustomer';

export interface OrderedDeliver extends Deliver {
  /**
   * Takes this conversation's next place in line now, and delivers what `replies` makes once the
   * deliveries asked for before it are done. For callers that learn what to say asynchronously.
   */
  later(conversationId: string, replies: () => Promise<readonly Reply[]>): Promise<boolean>;
}

export function deliverInOrder(deliver: Deliver): OrderedDeliver {
  const tails = new Map<string, Promise<unknown>>();
  const later = (conversationId: string, replies: () => Promise<readonly Reply[]>): Promise<boolean> => {
    const before = tails.get(conversationId) ?? Promise.resolve();
    const mine = before.catch(() => undefined).then(async () => deliver(conversationId, await replies()));
    const tail = mine.catch(() => undefined);
    tails.set(conversationId, tail);
    void tail.then(() => { if (tails.get(conversationId) === tail) tails.delete(conversationId); });
    return mine;
  };
  const ordered = ((conversationId: string, replies: readonly Reply[]) => later(conversationId, async () => replies)) as OrderedDeliver;
  ordered.later = later;
  return ordered;
}
