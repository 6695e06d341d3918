// A conversation's state: plain JSON with a format version, so any store can keep it and a later
// release can read what an earlier one wrote.
import type { AttachmentRef } from './attachmentRef';
import type { HandoffTarget } from '../config/compiledBot';
import type { EntityMatch } from '../nlu/entities/entitySpec';
import type { SlotValue } from './slotValue';

export const STATE_VERSION = 3;

/** What a flow waits for before it can go on. */
export type Waiting =
  | { readonly kind: 'slot'; readonly slot: string }
  | { readonly kind: 'confirmSlot'; readonly slot: string }
  | { readonly kind: 'choice' }
  | { readonly kind: 'action'; readonly callId: string; readonly action: string };

/** A slot an action looked up, and the values of the details it was looked up from. */
export interface DerivedSlot {
  readonly action: string;
  readonly sources: Readonly<Record<string, SlotValue>>;
}

/** A flow in progress. The stack's last frame is the active one; frames below were interrupted. */
export interface Frame {
  readonly flow: string;
  readonly state: string;
  readonly waiting?: Waiting;
  /** Failed answers to the current question. */
  readonly attempts: number;
}

/** A question the bot itself asked, outside any flow. */
export type Prompt =
  | { readonly kind: 'faqFollowUp'; readonly faq: string }
  | { readonly kind: 'didYouMean'; readonly options: readonly string[] }
  | { readonly kind: 'offerHuman'; readonly reason: string }
  | { readonly kind: 'anythingElse' }
  | { readonly kind: 'satisfaction' }
  /** "Switch to <other>?": the flow the message asked for, the intent that asked and the entities it carried. */
  | { readonly kind: 'confirmSwitch'; readonly flow: string; readonly intent: string; readonly entities: readonly EntityMatch[] }
  /** "Shall we get back to <title>?" about the flow waiting on top of the stack. */
  | { readonly kind: 'confirmResume' }
  /** "Stop <title>? Nothing will be saved." about the active flow. */
  | { readonly kind: 'confirmCancel' };

export interface TranscriptEntry {
  readonly at: string;
  readonly from: 'customer' | 'bot' | 'agent' | 'system';
  readonly text: string;
  /** Files attached to the message. */
  readonly attachments?: readonly AttachmentRef[];
  /** For customer messages: the understood intent, when there was one. */
  readonly intent?: string;
  readonly confidence?: number;
}

/** What the bot learned on the way, for the handoff packet and analytics. */
export interface History {
  readonly intents: ReadonlyArray<{ readonly name: string; readonly confidence: number; readonly at: string }>;
  readonly faqShown: readonly string[];
  readonly actions: ReadonlyArray<{ readonly action: string; readonly outcome: string; readonly at: string; readonly error?: string }>;
  readonly flows: readonly string[];
  readonly sentiments: readonly number[];
  /** Misunderstandings over the whole conversation. */
  readonly misunderstood: number;
  readonly reasked: number;
}

/** Who the customer is on their channel, as the channel adapter tells it. */
export interface CustomerIdentity {
  readonly channel: string;
  readonly userId: string;
  readonly name?: string;
  /** Microsoft Entra (AAD) object id of a Teams user. */
  readonly aadObjectId?: string;
  /**
   * The embedding site vouched for `userId`: its backend asked for the conversation's token with the
   * channel's secret. Such an id identifies the customer across conversations.
   */
  readonly verified?: boolean;
}

/** Where a conversation's language came from, weakest first: the channel's locale, detection from the customer's words, the customer's own choice. */
export type LanguageSource = 'channel' | 'detected' | 'customer';

export interface ConversationState {
  readonly version: typeof STATE_VERSION;
  readonly botId: string;
  readonly conversationId: string;
  readonly customer?: CustomerIdentity;
  /** The language the conversation is in, by code: one of the bot's languages. Absent: the bot's main language. */
  readonly language?: string;
  /** Why the conversation is in its language: the customer chose it, it was detected from their words, or the channel said. Absent: the bot's main language, by default. */
  readonly languageFrom?: LanguageSource;
  readonly status: 'bot' | 'handoff' | 'ended';
  /** Conversation slots (the manifest's), shared by every flow. */
  readonly slots: Readonly<Record<string, SlotValue>>;
  /** Each flow's own slots, private to it and kept for its next run unless the flow forgets them. */
  readonly flowSlots: Readonly<Record<string, Readonly<Record<string, SlotValue>>>>;
  /**
   * Slots actions looked up, by `<flow>:<slot>` (`@conversation:<slot>` for a conversation slot): when a
   * detail they were looked up from changes, they are forgotten.
   */
  readonly derived?: Readonly<Record<string, DerivedSlot>>;
  readonly stack: readonly Frame[];
  readonly prompt?: Prompt;
  /** Misunderstandings in a row. */
  readonly misunderstandings: number;
  readonly turn: number;
  readonly history: History;
  /** The latest entries of the transcript (at most TRANSCRIPT_LIMIT); stores keep all of them. */
  readonly transcript: readonly TranscriptEntry[];
  /** How many entries were ever appended to the transcript, including those the state no longer keeps. */
  readonly transcriptTotal: number;
  /** The handoff in progress, while status is `handoff`. */
  readonly handoff?: { readonly queue: string; readonly reason: string; readonly at: string; readonly resume?: FlowPosition };
  /** Set when a stored state could not be carried over: the next step tells the customer. */
  readonly notice?: 'restarted';
  /** A handoff waiting for the offline flow (queue closed) to finish; it then becomes a ticket. */
  readonly offline?: { readonly target: HandoffTarget; readonly resume?: FlowPosition; readonly where?: FlowPosition };
}

export interface FlowPosition {
  readonly flow: string;
  readonly state: string;
}

/** The slot values a flow sees: the conversation's and the flow's own. Without a flow: the conversation's. */
export function visibleSlots(state: Pick<ConversationState, 'slots' | 'flowSlots'>, flow?: string): Record<string, SlotValue> {
  const own = flow !== undefined && Object.hasOwn(state.flowSlots, flow) ? state.flowSlots[flow] : undefined;
  return own ? { ...state.slots, ...own } : { ...state.slots };
}

/** The slot values of the flows on the stack and the conversation's: what the conversation is about now (the active flow wins a clash). */
export function stackSlots(state: Pick<ConversationState, 'slots' | 'flowSlots' | 'stack'>): Record<string, SlotValue> {
  const own = state.stack.map((frame) => (Object.hasOwn(state.flowSlots, frame.flow) ? state.flowSlots[frame.flow] : undefined));
  return Object.assign({}, state.slots, ...own) as Record<string, SlotValue>;
}

/** Every slot value the conversation holds, each flow's own included (the conversation's win a clash). */
export function allSlotValues(state: Pick<ConversationState, 'slots' | 'flowSlots'>): Record<string, SlotValue> {
  return Object.assign({}, ...Object.values(state.flowSlots), state.slots) as Record<string, SlotValue>;
}

/** The most transcript entries a state keeps; stores keep the full transcript. */
export const TRANSCRIPT_LIMIT = 200;

export function newConversation(botId: string, conversationId: string): ConversationState {
  return {
    version: STATE_VERSION,
    botId,
    conversationId,
    status: 'bot',
    slots: {},
    flowSlots: {},
    stack: [],
    misunderstandings: 0,
    turn: 0,
    history: { intents: [], faqShown: [], actions: [], flows: [], sentiments: [], misunderstood: 0, reasked: 0 },
    transcript: [],
    transcriptTotal: 0,
  };
}
