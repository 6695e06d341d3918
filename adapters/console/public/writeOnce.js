// Agents' writes sent once: every user action (a reply, a note, a claim, a resolve…) gets its own
// Idempotency-Key, and the same action sent again after a failure that may have been stored (no
// answer, a server error, still running) sends the same key, so the server stores it once. Also
// says when a saved reply could not be delivered live, with the server's reason as the tooltip.
import { newIdempotencyKey, worthRetrying } from './api.js';
import { byId, fill } from './dom.js';

let unsettled; // { action, key } of the last action that may still need a retry

/** The key for `action` (a string naming the conversation, the write and its content). */
export function keyFor(action) {
  if (unsettled?.action !== action) unsettled = { action, key: newIdempotencyKey() };
  return unsettled.key;
}

/** After the answer: the key is spent unless the failure `err` is worth retrying. */
export function settle(action, err) {
  if (unsettled?.action === action && !(err && worthRetrying(err))) unsettled = undefined;
}

/** What the console says of a write that was stored but did not reach the customer live. */
export const NOT_DELIVERED = 'Saved, not delivered live';

/** Shows or clears the composer's note on the last reply's delivery. */
export function showDelivery(answer) {
  const node = byId('send-status');
  const failed = answer?.delivered === false;
  node.hidden = !failed;
  fill(node, failed ? NOT_DELIVERED : '');
  if (failed) node.title = answer.reason ?? '';
  else node.removeAttribute('title');
}
