// Where a looked-up slot is recorded in a state's `derived`: `<flow>:<slot>` for a flow's own slot,
// `@conversation:<slot>` for a conversation slot.

const CONVERSATION_KEY = '@conversation';

/** The key of a slot; `flow` undefined for a conversation slot. */
export function derivedKey(flow: string | undefined, slot: string): string {
  return `${flow ?? CONVERSATION_KEY}:${slot}`;
}

/** The flow (undefined for the conversation) and the slot of a key. */
export function splitDerivedKey(key: string): [string | undefined, string] {
  const at = key.lastIndexOf(':');
  const owner = key.slice(0, at);
  return [owner === CONVERSATION_KEY ? undefined : owner, key.slice(at + 1)];
}
