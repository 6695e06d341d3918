// Support analytics events: what happened in a conversation, in a form a dashboard can count.
// Every event names its bot, conversation and channel, and when it happened (ISO time); and, since
// conversations have languages, the language the conversation was in.

interface EventBase {
  readonly at: string;
  readonly botId: string;
  readonly conversationId: string;
  readonly channel: string;
  /** The conversation's language then, by code; absent in events recorded before languages were kept (read: the bot's main language). */
  readonly language?: string;
}

/** One customer message and how the bot took it. */
export interface TurnEvent extends EventBase {
  readonly type: 'turn';
  readonly intent?: string;
  readonly confidence?: number;
  readonly understood: boolean;
  /** The active flow and state after the turn, when a flow is running. */
  readonly flow?: string;
  readonly state?: string;
  /** The FAQ answered in this turn. */
  readonly faq?: string;
  /** The slot asked again because its answer was not valid. */
  readonly reasked?: string;
  /** The customer's message, personal data masked; only when it was not understood. */
  readonly text?: string;
  readonly responseMs: number;
}

export type AnalyticsEvent =
  | TurnEvent
  | (EventBase & { readonly type: 'faqFeedback'; readonly faq: string; readonly helpful: boolean })
  | (EventBase & { readonly type: 'handoff'; readonly queue: string; readonly reason: string; readonly mode: 'queue' | 'ticket' })
  | (EventBase & { readonly type: 'claimed'; readonly queue: string; readonly waitSeconds: number })
  | (EventBase & { readonly type: 'resolved'; readonly queue: string; readonly handlingSeconds: number })
  /** The customer left the chat while a handoff was open: `claimed` when an agent held it, `waitSeconds` since the handoff. */
  | (EventBase & { readonly type: 'customerLeft'; readonly queue: string; readonly claimed: boolean; readonly waitSeconds: number })
  | (EventBase & { readonly type: 'satisfaction'; readonly score: 1 | 2 | 3 | 4 | 5 })
  /**
   * A conversation saved under an earlier version of the bot was moved: `from` is the `flow.state` that
   * no longer exists, `to` where it went on (`flow.state`, or '' for no flow).
   */
  | (EventBase & { readonly type: 'stateMoved'; readonly from: string; readonly to: string })
  /** `contained`: the bot finished the conversation without handing it to a person. */
  | (EventBase & { readonly type: 'conversationEnded'; readonly contained: boolean });

export type AnalyticsEventType = AnalyticsEvent['type'];

/** The event of one type. */
export type AnalyticsEventOf<T extends AnalyticsEventType> = Extract<AnalyticsEvent, { type: T }>;
