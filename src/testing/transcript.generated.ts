/* eslint-disable */
// Generated from transcript.schema.json by `npm run gen:types`. Do not edit by hand.

/**
 * A slot's value as the conversation holds it: text, a number, true or false, or a map (what an entity or action produced).
 * 
 * This interface was referenced by `BatonConversationTranscript`'s JSON-Schema
 * via the `definition` "slotValue".
 */
export type SlotValue = (string | number | boolean | {
[k: string]: unknown
})
/**
 * One turn: a customer input (`user`, `click`, `payload` or `handBack`), then checks of what the bot did. A check that is left out is not checked.
 * 
 * This interface was referenced by `BatonConversationTranscript`'s JSON-Schema
 * via the `definition` "turnSpec".
 */
export type TurnSpec = (TurnSpec1 & {
/**
 * What the customer types.
 */
user?: string
/**
 * Press the button (quick reply or card button) with this title among the bot's last replies; upper and lower case are the same. Fails when no such button was offered.
 */
click?: string
/**
 * Send a raw button payload, e.g. `choice:0`, with `user` as its text (empty without).
 */
payload?: string
handBack?: HandBack
/**
 * A language the customer chooses with this message (a language menu, a web chat setting), e.g. `es`: the conversation switches to it when the bot serves it, and keeps it until they choose again.
 */
language?: string
/**
 * Move the clock to this moment before the turn (ISO 8601 with a zone); later turns keep it.
 */
at?: string
/**
 * All the bot's replies of this turn, in order, one check per reply: a text (the exact reply), `{contains: ...}` or `{pattern: ...}`. One check alone means exactly one reply; `[]` means none.
 */
bot?: (ReplyExpectation | ReplyExpectation[])
/**
 * The intent (or FAQ entry) understood from the customer's message, e.g. `order_status`; `(none)` when nothing was understood.
 */
intent?: string
/**
 * Slot values the conversation holds after the turn; other slots are not checked. `null` means the slot is not set.
 */
slots?: {
[k: string]: SlotValue | null
}
/**
 * Where the conversation waits after the turn: `flow.state` of the flow on top of the stack, or `none` when no flow runs.
 */
state?: string
/**
 * The language the conversation speaks after the turn, as a code (`de`, `fr`): the customer's choice, the language detected from their words, or the channel's `locale`. A one-language bot's conversations speak its only one.
 */
speaks?: string
/**
 * The titles of the quick replies offered by the turn's last reply that has any, in order; `[]` means none.
 */
quick?: string[]
handoff?: HandoffExpectation
})
export type TurnSpec1 = {
[k: string]: unknown
}
/**
 * A check of one reply: a text is the exact reply; `{contains: text}` a part of it (upper and lower case count); `{pattern: regex}` a JavaScript regular expression that finds a match in it, upper and lower case alike.
 * 
 * This interface was referenced by `BatonConversationTranscript`'s JSON-Schema
 * via the `definition` "replyExpectation".
 */
export type ReplyExpectation = (string | {
/**
 * Text the reply contains, exactly as written (upper and lower case count).
 */
contains?: string
/**
 * A JavaScript regular expression that must match somewhere in the reply, ignoring upper and lower case.
 */
pattern?: string
})
/**
 * `false`: the turn hands nothing over. A map: the turn hands the conversation over, and the handoff packet has these fields: a subset, where maps are compared by the keys written and lists item by item from the first; `mode` is `queue` (an agent can take it now) or `ticket` (kept for later).
 * 
 * This interface was referenced by `BatonConversationTranscript`'s JSON-Schema
 * via the `definition` "handoffExpectation".
 */
export type HandoffExpectation = (false | {
/**
 * How the conversation was handed over: `queue` (it waits for an agent now) or `ticket` (no agent could take it, e.g. outside opening hours: it is kept for later).
 */
mode?: ("queue" | "ticket")
/**
 * The packet format version.
 */
version?: number
/**
 * The conversation being handed over.
 */
conversationId?: string
/**
 * The bot that hands it over.
 */
botId?: string
/**
 * Who the customer is, as far as the bot knows.
 */
customer?: {
[k: string]: unknown
}
/**
 * The queue the conversation waits in.
 */
queue?: string
/**
 * Why the bot handed over, as a code, e.g. return_outside_window or customer_asked.
 */
reason?: string
/**
 * Higher is taken first; raised by frustration.
 */
priority?: number
/**
 * The conversation's language as a code, e.g. `fr`: agents see it, and a queue with `matchLanguage` needs an agent who speaks it.
 */
language?: string
/**
 * What the customer came for, in the bot author's words, e.g. `Return an item`.
 */
goal?: string
/**
 * One line for the agent: what the customer wants and what the bot knows.
 */
summary?: string
/**
 * What the customer asked for, in order, with the classifier's confidence.
 */
intents?: unknown[]
/**
 * The details the customer gave, and those the current flow still lacked.
 */
slots?: {
[k: string]: unknown
}
/**
 * FAQ entries already answered in this conversation.
 */
faqShown?: unknown[]
/**
 * Where the bot goes on after a hand-back: `{ name, state }`, or null.
 */
handBackTo?: ({

} | null)
/**
 * The flow and state the handoff serves, or null outside any flow.
 */
flow?: ({
[k: string]: unknown
} | null)
/**
 * Actions the bot tried and how they went.
 */
actions?: unknown[]
/**
 * How the customer feels, from the sentiment of their messages and how often the bot failed them.
 */
frustration?: {
[k: string]: unknown
}
/**
 * The whole conversation so far.
 */
transcript?: unknown[]
/**
 * Earlier conversations of the same customer, newest first.
 */
earlierConversations?: unknown[]
/**
 * When the handoff was made (ISO 8601).
 */
createdAt?: string
})
/**
 * A language code or locale, e.g. `es` or `es-ES`.
 * 
 * This interface was referenced by `BatonConversationTranscript`'s JSON-Schema
 * via the `definition` "locale".
 */
export type Locale = string
/**
 * A moment in ISO 8601 with a zone, e.g. `2026-11-24T10:00:00Z` or `2026-11-24T10:00:00+01:00`.
 * 
 * This interface was referenced by `BatonConversationTranscript`'s JSON-Schema
 * via the `definition` "time".
 */
export type Time = string

/**
 * A conversation test for `baton test`: customer turns and what the bot must do after each. Start a file with `# yaml-language-server: $schema=../../transcript.schema.json` (relative to the file) for completion and documentation in your editor. See docs/transcripts.md.
 */
export interface BatonConversationTranscript {
/**
 * The bot manifest to talk to, relative to this file, e.g. `../../bots/acme.yaml`. Default: the first manifest in bots/ of the working directory.
 */
bot?: string
/**
 * The clock at the first turn of every conversation in this file (ISO 8601 with a zone). Default: Tuesday 2026-11-24T10:00:00Z.
 */
at?: string
/**
 * The channel's locale for every conversation of this file that sets none, e.g. `es-ES`: as Direct Line, Teams or a web chat setting would say it on each message. The conversation speaks it when the bot serves it (a language the customer chooses or writes in still wins). Default: none, so the bot's main language.
 */
locale?: string
/**
 * How the bot's webhooks answer during this test, by webhook name: a local stand-in server on a real port replaces each webhook's URL. A webhook not named here answers 404, which the bot takes as the `error` outcome.
 */
webhooks?: {
[k: string]: WebhookAnswer
}
/**
 * The conversations of this file; each starts fresh, with its own memory store and clock.
 * 
 * @minItems 1
 */
conversations: [ConversationSpec, ...(ConversationSpec)[]]
}
/**
 * What one webhook answers: an outcome and slots (HTTP 200), or a failing `status`; `delayMs` answers late (past the webhook's timeoutMs it counts as an error).
 * 
 * This interface was referenced by `BatonConversationTranscript`'s JSON-Schema
 * via the `definition` "webhookAnswer".
 */
export interface WebhookAnswer {
/**
 * The outcome the webhook answers, one of the webhook's `outcomes`, e.g. `changed`.
 */
outcome?: string
/**
 * Slot values the webhook answers along with the outcome.
 */
slots?: {
[k: string]: SlotValue
}
/**
 * An HTTP status to answer with; outside 200-299 the call fails and the flow takes its `error` outcome.
 */
status?: number
/**
 * Milliseconds to wait before answering.
 */
delayMs?: number
}
/**
 * One conversation: a name, and the customer's turns with what the bot must do after each.
 * 
 * This interface was referenced by `BatonConversationTranscript`'s JSON-Schema
 * via the `definition` "conversationSpec".
 */
export interface ConversationSpec {
/**
 * What the conversation shows, as a sentence; printed by `baton test`.
 */
name: string
/**
 * true: the conversation opens with the bot's greeting (the start flow) before the first turn, as on web chat. Default false: the first customer message starts it.
 */
greet?: boolean
/**
 * The customer's language as their channel gives it, e.g. `fr-FR` (a web page's browser language, Direct Line's or Teams' `locale`, a REST body's `locale`), overriding the file's `locale`: sent when the conversation starts and with every message. A hint, weaker than what the customer writes or chooses; a language the bot does not serve changes nothing. Default: the file's, else none, so the conversation starts in the bot's main language.
 */
locale?: string
/**
 * The turns, in order. Each sends one customer input (`user`, `click`, `payload` or `handBack`) and checks what the bot did.
 * 
 * @minItems 1
 */
turns: [TurnSpec, ...(TurnSpec)[]]
}
/**
 * An agent gives the conversation back to the bot, as from the agent console: the bot goes on at `flow`.`state` (default: where it stopped) with `slots` corrected.
 * 
 * This interface was referenced by `BatonConversationTranscript`'s JSON-Schema
 * via the `definition` "handBack".
 */
export interface HandBack {
/**
 * The flow to go on with.
 */
flow?: string
/**
 * The state of that flow to go on at.
 */
state?: string
/**
 * Slot values the agent gives or corrects; the bot asks for none of them again.
 */
slots?: {
[k: string]: SlotValue
}
}
