// One turn of the Bot Framework channel, whichever SDK runs it (botbuilder or the Microsoft 365
// Agents SDK): the activity as the channel posted it (plain JSON in the Bot Framework schema, its
// envelope checked), how to send activities to its conversation through the Bot Connector service,
// and the token that service takes, for the files it hosts (Teams' inline images).
import type { Activity } from 'botbuilder';

export interface ChannelTurn {
  readonly activity: Activity;
  /** Sends activities to the turn's conversation, in order; rejects when the channel refuses them. */
  send(activities: Partial<Activity>[]): Promise<unknown>;
  /** The Authorization header the turn's connector client sends the service (the app's token), for files the service hosts; undefined when anonymous. */
  connectorAuthorization?(): Promise<string | undefined>;
}
