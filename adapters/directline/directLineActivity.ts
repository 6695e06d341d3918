// The Direct Line 3.0 shapes this adapter reads and writes: activities, card actions, hero cards,
// and the activity types of the Bot Framework protocol.
export interface ChannelAccount {
  readonly id: string;
  readonly name?: string;
  readonly role?: 'bot' | 'user';
}

export interface CardAction {
  readonly type: 'imBack' | 'postBack' | 'messageBack' | 'openUrl';
  readonly title: string;
  readonly value?: unknown;
  readonly text?: string;
  readonly displayText?: string;
}

export interface HeroCardAttachment {
  readonly contentType: 'application/vnd.microsoft.card.hero';
  readonly content: {
    readonly title?: string;
    readonly subtitle?: string;
    readonly text?: string;
    readonly images?: readonly { readonly url: string; readonly alt?: string }[];
    readonly buttons?: readonly CardAction[];
  };
}

/**
 * A file, as Direct Line clients show it. The log keeps `contentUrl` as `baton-attachment:<id>`;
 * clients are given a signed address instead (see fileUrls).
 */
export interface FileAttachment {
  readonly contentType: string;
  readonly contentUrl: string;
  readonly name?: string;
}

/** An activity as it is kept in a conversation's log and sent to clients. */
export interface DirectLineActivity {
  readonly type: string;
  /** `<conversationId>|<seq>`, set when the activity is logged. */
  readonly id?: string;
  readonly timestamp?: string;
  readonly channelId?: 'directline';
  readonly conversation?: { readonly id: string };
  readonly from?: ChannelAccount;
  readonly replyToId?: string;
  readonly name?: string;
  readonly text?: string;
  readonly textFormat?: 'plain' | 'markdown' | 'xml';
  readonly locale?: string;
  readonly inputHint?: 'acceptingInput' | 'expectingInput' | 'ignoringInput';
  readonly suggestedActions?: { readonly actions: readonly CardAction[] };
  readonly attachments?: ReadonlyArray<HeroCardAttachment | FileAttachment>;
  readonly value?: unknown;
  readonly channelData?: unknown;
}

/** What GET .../activities answers and what each WebSocket frame carries. */
export interface ActivitySet {
  readonly activities: readonly DirectLineActivity[];
  readonly watermark: string;
}

/** Activity types of the Bot Framework protocol. Only `message` reaches the bot; the others are logged. */
export const KNOWN_ACTIVITY_TYPES: ReadonlySet<string> = new Set([
  'message', 'typing', 'event', 'conversationUpdate', 'contactRelationUpdate', 'endOfConversation',
  'installationUpdate', 'invoke', 'messageReaction', 'messageUpdate', 'messageDelete', 'suggestion', 'trace', 'handoff',
]);
