// Tells the customer the agent is typing: while the agent types a reply (not a note) in a
// conversation they hold, POST /api/agent/handoffs/:id/typing at most once every 3 seconds.
import { api } from './api.js';

export const TYPING_EVERY_MS = 3000;

/** An input listener; `current()` answers { id, mayReply } for the open conversation, or undefined. */
export function typingSignal(current, now = () => Date.now()) {
  let lastId;
  let lastAt = -Infinity;
  return () => {
    const open = current();
    if (!open?.mayReply) return;
    const at = now();
    if (open.id === lastId && at - lastAt < TYPING_EVERY_MS) return;
    lastId = open.id;
    lastAt = at;
    api('POST', `/api/agent/handoffs/${encodeURIComponent(open.id)}/typing`, {}).catch(() => undefined);
  };
}
