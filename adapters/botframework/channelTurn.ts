// One turn of the Bot Framework channel, whichever SDK runs it (botbuilder or the Microsoft 365
// Agents SDK): the activity as the channel posted it (plain JSON in the Bot Framework schema, its
// envelope checked), and how to send activities to its conversation through the Bot Connector service.
import type { Activity } from 'botbuilder';

export interface ChannelTurn {
  readonly activity: Activity;
  /** Sends activities to the turn's conversation, in order; rejects when the channel refuses them. */
  send(activities: Partial<Activity>[]): Promise<unknown>;
}
