// What can happen to a conversation: the inputs of the engine's step function.
import type { AttachmentRef } from './attachmentRef';
import type { CustomerIdentity } from './conversationState';
import type { SlotValue } from './slotValue';
import type { Understanding } from './understanding';

export type Input =
  /** A new conversation: the bot greets with its start flow, in `language` (chosen) or `locale` (the channel's) when it is one of the bot's. */
  | { readonly type: 'start'; readonly at: string; readonly customer?: CustomerIdentity; readonly language?: string; readonly locale?: string }
  /** A customer message: typed text and/or a button's payload, with what the NLU made of the text. */
  | {
    readonly type: 'message';
    readonly at: string;
    readonly text: string;
    readonly payload?: string;
    /** Files the customer attached, already checked and stored by the channel. */
    readonly attachments?: readonly AttachmentRef[];
    readonly understanding: Understanding;
    readonly customer?: CustomerIdentity;
    /** The language to go on in, by code or locale ("es", "es-ES"), when it is one of the bot's; otherwise the conversation keeps its own. */
    readonly language?: string;
    /** The channel's locale ("es-ES"): the language to go on in until the customer chose one or wrote in another. */
    readonly locale?: string;
    /** The language the customer's words were detected to be in, among the bot's languages. */
    readonly detected?: string;
    /** Queues with an agent online to serve them; a queue not listed counts as staffed. */
    readonly staffed?: Readonly<Record<string, boolean>>;
    /** The transcript already holds this message (typed while an agent had the conversation): answer it without recording it again. */
    readonly replayed?: boolean;
  }
  /** The result of an action call the engine asked for; a `null` slot value forgets the slot. */
  | { readonly type: 'actionResult'; readonly at: string; readonly callId: string; readonly outcome: string; readonly slots?: Readonly<Record<string, SlotValue | null>>; readonly error?: string }
  /** An agent gives the conversation back to the bot, optionally at a flow state with corrected slots. */
  | { readonly type: 'handBack'; readonly at: string; readonly flow?: string; readonly state?: string; readonly slots?: Readonly<Record<string, SlotValue>>; readonly agent?: string }
  /** A timer the runtime set fired, e.g. the customer went quiet. */
  | { readonly type: 'timer'; readonly at: string; readonly name: string }
  /** The customer left the conversation (closed it, or started a new one): nobody will read a reply. */
  | { readonly type: 'left'; readonly at: string };

export type InputType = Input['type'];
