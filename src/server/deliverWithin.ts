// Live delivery of an agent's write to the customer, bounded in time. It runs after the write is
// stored, so its outcome never changes the answer's status: the agent API answers 200 with
// `delivered: true`, or `delivered: false` and a reason an agent can read. A delivery that is still
// running when the time is up goes on in the background; its late failure is only swallowed.
import type { Reply } from '../runtime/createRuntime';
import { withinMs } from '../runtime/withinMs';
import type { Deliver } from './deliverToCustomer';

export type LiveDelivery = { readonly delivered: true } | { readonly delivered: false; readonly reason: string };

export async function deliverWithin(deliver: Deliver, conversationId: string, replies: readonly Reply[], ms: number): Promise<LiveDelivery> {
  const attempt = deliver(conversationId, replies).then(
    (done): LiveDelivery => (done ? { delivered: true } : { delivered: false, reason: 'The customer is not connected on a channel that takes live messages.' }),
    (err: unknown): LiveDelivery => ({ delivered: false, reason: `The customer's channel refused the message: ${err instanceof Error ? err.message : String(err)}` }),
  );
  return withinMs(attempt, ms, (): LiveDelivery => ({ delivered: false, reason: `The customer's channel did not take the message within ${ms / 1000} s.` }));
}
