// The Redis keys of the conversation store, all under one prefix: per conversation its state, full
// transcript and transcript count (expiring after the idle time); per bot the last-activity index
// and the three hashes of customer profiles.
export interface RedisStoreKeys {
  /** The state's JSON. */
  state(botId: string, conversationId: string): string;
  /** A list of the full transcript's entries (JSON). */
  transcript(botId: string, conversationId: string): string;
  /** How many entries of the full transcript are accounted for. */
  transcriptTotal(botId: string, conversationId: string): string;
  /** A sorted set of the bot's conversations, scored by when each was last active (ms). */
  active(botId: string): string;
  /** A hash: profile id -> the profile's JSON. */
  customers(botId: string): string;
  /** A hash: customer key -> profile id. */
  customerKeys(botId: string): string;
  /** A hash: conversation id -> profile id. */
  customerConversations(botId: string): string;
}

export function redisStoreKeys(prefix: string): RedisStoreKeys {
  return {
    state: (botId, id) => `${prefix}:state:${botId}:${id}`,
    transcript: (botId, id) => `${prefix}:transcript:${botId}:${id}`,
    transcriptTotal: (botId, id) => `${prefix}:transcript-total:${botId}:${id}`,
    active: (botId) => `${prefix}:active:${botId}`,
    customers: (botId) => `${prefix}:customers:${botId}`,
    customerKeys: (botId) => `${prefix}:customer-keys:${botId}`,
    customerConversations: (botId) => `${prefix}:customer-conversations:${botId}`,
  };
}

/** The keys that hold one conversation's data, in the order the store's scripts take them. */
export const conversationKeys = (keys: RedisStoreKeys, botId: string, id: string): string[] =>
  [keys.state(botId, id), keys.transcript(botId, id), keys.transcriptTotal(botId, id)];
