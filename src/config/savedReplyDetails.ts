// The details a saved reply may name besides the bot's slots, filled when an agent uses the reply:
// who the customer is (from the handoff packet), who the agent is, and the bot's name.
export const SAVED_REPLY_DETAILS = [
  'customer.name', 'customer.first_name', 'customer.email', 'customer.phone', 'agent.name', 'agent.first_name', 'bot.name',
] as const;

export type SavedReplyDetail = (typeof SAVED_REPLY_DETAILS)[number];
