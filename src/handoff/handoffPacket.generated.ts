/* eslint-disable */
// Generated from src/handoff/handoffPacket.schema.json by `npm run gen:types`. Do not edit by hand.

/**
 * Everything an agent needs to take over a conversation without asking the customer again. The same on every channel and store.
 */
export interface HandoffPacket {
/**
 * The packet format version.
 */
version: 1
/**
 * The conversation being handed over.
 */
conversationId: string
/**
 * The bot that hands it over.
 */
botId: string
/**
 * Who the customer is, as far as the bot knows.
 */
customer: {
/**
 * The customer's id on the channel, or the linked profile's id.
 */
id?: string
/**
 * Where the customer is: webchat, msteams, rest, console.
 */
channel?: string
/**
 * The customer's name.
 */
name?: string
/**
 * The customer's email address.
 */
email?: string
/**
 * The customer's phone number (E.164).
 */
phone?: string
/**
 * Microsoft Entra (AAD) object id of a Teams customer.
 */
aadObjectId?: string
}
/**
 * The queue the conversation waits in.
 */
queue: string
/**
 * Why the bot handed over, as a code, e.g. return_outside_window or customer_asked.
 */
reason: string
/**
 * Higher is taken first; raised by frustration.
 */
priority: number
/**
 * The conversation's language, by code (`es`): the language the customer writes in and the bot answers in. Absent in packets made before languages were kept; read it then as the bot's main language.
 */
language?: string
/**
 * What the customer came for, in the bot author's words: the title of the flow (or its intent) the handoff serves, e.g. `Return an item`; never a guess from the last message.
 */
goal?: string
/**
 * One line for the agent: what the customer wants and what the bot knows.
 */
summary: string
/**
 * What the customer asked for, in order, with the classifier's confidence.
 */
intents: {
/**
 * Intent or FAQ entry.
 */
name: string
/**
 * Calibrated confidence.
 */
confidence: number
/**
 * When (ISO 8601).
 */
at: string
}[]
/**
 * The details the customer gave, and those the current flow still lacked.
 */
slots: {
/**
 * Slot values by name, validated, as the entity or action gave them (a day as ISO 8601 `2026-12-08`, a phone number as E.164); `text` has them as the bot writes them.
 */
filled: {
[k: string]: string | number | boolean | {

}
}
/**
 * Slots the current flow collects that are still empty.
 */
missing: string[]
/**
 * Each filled slot's value as the bot writes it to the customer, in the bot's locale and time zone, by slot name, e.g. `class_date: Tuesday 8 December` where `filled` holds `2026-12-08`.
 */
text?: {
[k: string]: string
}
/**
 * How the bot's author names each slot for people, by slot name, e.g. `order_id: Order number`.
 */
labels?: {
[k: string]: string
}
/**
 * Filled slots the bot looked up with an action (an order's status) rather than the customer gave; each is still true of the details it was looked up from.
 */
lookedUp?: string[]
}
/**
 * FAQ entries already answered in this conversation.
 */
faqShown: string[]
/**
 * Where the bot should go on if an agent hands the conversation back: the step the author named, else the flow and state the customer was in (or null outside any flow).
 */
handBackTo?: ({
/**
 * The flow.
 */
name: string
/**
 * The state.
 */
state: string
} | null)
/**
 * The flow and state the handoff serves (the flow the customer was in when they asked for a person), or null outside any flow.
 */
flow: (null | {
/**
 * Flow.
 */
name: string
/**
 * State.
 */
state: string
})
/**
 * Actions the bot tried and how they went.
 */
actions: {
/**
 * Action or webhook name.
 */
action: string
/**
 * The outcome, `error` on failure.
 */
outcome: string
/**
 * When (ISO 8601).
 */
at: string
/**
 * What failed, for `error` outcomes.
 */
error?: string
}[]
/**
 * How the customer feels, from the sentiment of their messages and how often the bot failed them.
 */
frustration: {
/**
 * The score in three bands.
 */
level: ("low" | "medium" | "high")
/**
 * 0 calm to 1 very frustrated.
 */
score: number
/**
 * Mean sentiment of the customer's messages, -1 to 1.
 */
sentiment: number
/**
 * Messages the bot did not understand.
 */
misunderstandings: number
/**
 * Questions the bot had to ask again.
 */
reasked: number
}
/**
 * The whole conversation so far.
 */
transcript: {
/**
 * When (ISO 8601).
 */
at: string
/**
 * Who wrote it.
 */
from: ("customer" | "bot" | "agent" | "system")
/**
 * What was written.
 */
text: string
/**
 * Files attached to the message: the stored file's id, its name, the type its content was recognised as, and its size in bytes.
 */
attachments?: {
id: string
name: string
contentType: string
size: number
}[]
/**
 * The understood intent of a customer message.
 */
intent?: string
/**
 * Its confidence.
 */
confidence?: number
}[]
/**
 * Earlier conversations of the same customer, newest first.
 */
earlierConversations: {
/**
 * Its id.
 */
conversationId: string
/**
 * When it started (ISO 8601).
 */
startedAt: string
/**
 * Where it happened.
 */
channel?: string
/**
 * One line about it.
 */
summary: string
}[]
/**
 * When the handoff was made (ISO 8601).
 */
createdAt: string
}
