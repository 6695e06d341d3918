/* eslint-disable */
// Generated from flows.schema.json by `npm run gen:types`. Do not edit by hand.

/**
 * A name: lower case letters, digits and underscores, starting with a letter.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "name".
 */
export type Name = string
/**
 * What the bot says: one text, or a list of variations of which one is picked per conversation. `{{slot}}` inserts a slot's value.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "text".
 */
export type Text = (string | [string, ...(string)[]])
/**
 * A language Baton understands, by its ISO 639-1 code.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "languageCode".
 */
export type LanguageCode = ("en" | "es" | "de" | "fr" | "it" | "pt" | "nl")
/**
 * What the bot says: one text, or a list of variations of which one is picked per conversation, in the bot's main language (`locale`); or a map from each of the bot's languages to its text or variations, e.g. `{ en: "Hi {{name}}", es: "Hola {{name}}" }`. `{{slot}}` inserts a slot's value.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "localText".
 */
export type LocalText = (Text | {
[k: string]: Text
})
/**
 * Training examples in the bot's main language (`locale`), or a map from each of the bot's languages to its examples, e.g. `{ en: [where is my order], es: [dónde está mi pedido] }`.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "localUtterances".
 */
export type LocalUtterances = (Utterances | {
[k: string]: Utterances1
})
/**
 * Customer messages, one per item.
 * 
 * @minItems 1
 * @maxItems 5000
 */
export type Utterances = [string, ...(string)[]]
/**
 * Customer messages, one per item.
 * 
 * @minItems 1
 * @maxItems 5000
 */
export type Utterances1 = [string, ...(string)[]]
/**
 * Held-out messages in the bot's main language (`locale`), or a map from any of the bot's languages to its own, e.g. `{ en: [wheres my parcel], es: [donde esta mi paquete] }`. A language without tests has none: they are never borrowed from another language.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "localTests".
 */
export type LocalTests = (Utterances2 | {
[k: string]: Utterances3
})
/**
 * Customer messages, one per item.
 * 
 * @maxItems 5000
 */
export type Utterances2 = string[]
/**
 * Customer messages, one per item.
 * 
 * @maxItems 5000
 */
export type Utterances3 = string[]
/**
 * A short text customers see (a button's), in the bot's main language, or a map from each of the bot's languages to it.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "localLabel".
 */
export type LocalLabel = (string | {
[k: string]: string
})
/**
 * Short texts customers see (quick replies), in the bot's main language, or a map from each of the bot's languages to them.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "localLabels".
 */
export type LocalLabels = (string[] | {
/**
 * @maxItems 10
 */
[k: string]: string[]
})
/**
 * Words customers may type, in the bot's main language, or a map from each of the bot's languages to them.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "localWords".
 */
export type LocalWords = (string[] | {
[k: string]: string[]
})
/**
 * A text customers see on a card or a link button, or hear a service called, in the bot's main language, or a map from each of the bot's languages to it, e.g. `{ en: Track it, es: Seguirlo }`.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "localString".
 */
export type LocalString = (string | {
[k: string]: string
})
/**
 * The state to go to next, in this flow, or `end` to finish the flow.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "target".
 */
export type Target = string
/**
 * Customer messages, one per item.
 * 
 * @maxItems 5000
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "utterances".
 */
export type Utterances4 = string[]
/**
 * What another flow's trigger does while this flow waits for an answer: `switch` at once (this flow waits beneath), `ask` first ("We're in the middle of <title>. Switch to <other>?"; no carries on), or `never` (the message is taken as an answer, or not understood).
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "interruptPolicy".
 */
export type InterruptPolicy = ("switch" | "ask" | "never")
/**
 * What happens to this flow after a flow that interrupted it ends: it resumes `now`, the bot asks first ("Shall we get back to <title>?"; no drops it), or it is dropped (`never`).
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "resumePolicy".
 */
export type ResumePolicy = ("now" | "ask" | "never")
/**
 * A text of the web chat page or its launcher.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "pageWord".
 */
export type PageWord = string
/**
 * A text with a count: one text, or one per plural form (`other` required).
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "pluralPageWord".
 */
export type PluralPageWord = (PageWord | {
zero?: PageWord
one?: PageWord
two?: PageWord
few?: PageWord
many?: PageWord
other: PageWord
})
/**
 * The intent of a role Baton has built-in examples for, or `false` for none: the bot then has no such role.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "builtinRoleIntent".
 */
export type BuiltinRoleIntent = (Name | false)
/**
 * An entity: a regular expression (`regex`), a list of values with synonyms (`values`) or a built-in kind (`builtin`).
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "entity".
 */
export type Entity = ({
/**
 * What the entity is; shown to agents.
 */
description?: string
/**
 * A regular expression (JavaScript syntax). A named group `value` gives the value; other named groups are kept as its parts.
 */
regex?: string
/**
 * Regular expression flags; default `i` (case-insensitive).
 */
flags?: string
/**
 * Canonical values and their synonyms, e.g. `headphones: [earbuds, headset]`.
 */
values?: {
[k: string]: string[]
}
/**
 * Whether values match despite small typos (`headphnoes`). Short words always need an exact match.
 */
fuzzy?: boolean
/**
 * A built-in entity: email, phone (E.164), number, money (amount and currency), date, time, datetime, date_range (a period of days, e.g. "last month" or "1-5 December"; all in the bot's time zone) or url.
 */
builtin?: ("email" | "phone" | "number" | "money" | "date" | "time" | "datetime" | "date_range" | "url")
} & Entity1)
export type Entity1 = {
[k: string]: unknown
}

/**
 * A Baton YAML file: a bot manifest (top-level key `bot`), a flow (top-level key `flow`), an intents file (top-level keys `intents`, `entities`, `faq`) or agents' saved replies (top-level key `replies`). Start a file with `# yaml-language-server: $schema=../flows.schema.json` for completion and documentation in your editor.
 */
export interface BatonBotFiles {

}
/**
 * A bot manifest: which intents and flows make the bot, how sure the classifier must be, and where handoffs go.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "manifest".
 */
export interface Manifest {
/**
 * The bot's id, used in URLs, stores and logs.
 */
bot: string
/**
 * The name customers see, e.g. `Acme Support`.
 */
name: string
/**
 * What the bot is for; shown to authors, never to customers.
 */
description?: string
/**
 * The language of the bot's training data and messages: one of en, es, de, fr, it, pt, nl, optionally with a region (`es-ES`). It picks the stemmer, stop words, contractions, sentiment, date parsing and the built-in messages and examples.
 */
locale?: string
/**
 * The other languages the bot serves besides its main one (`locale`), e.g. `[es, de]`: each customer-facing text and each intent's examples may then be given by language. A conversation is in one of them; texts missing in it are said in the main language.
 */
languages?: string[]
/**
 * The IANA time zone that dates customers type and opening hours without a zone are read in, e.g. `Europe/London`.
 */
timezone?: string
/**
 * The ISO 3166 country that phone numbers without a country code belong to, e.g. `GB`.
 */
country?: string
/**
 * Glob patterns of the intents files, relative to this manifest, e.g. `../intents/*.yaml`.
 * 
 * @minItems 1
 */
intents: [string, ...(string)[]]
/**
 * Glob patterns of the flow files, relative to this manifest, e.g. `../flows/*.yaml`.
 * 
 * @minItems 1
 */
flows: [string, ...(string)[]]
/**
 * Glob patterns of the files of agents' saved replies, relative to this manifest, e.g. `replies/*.yaml`. Agents insert them in the console by typing `/`.
 */
replies?: string[]
/**
 * A TypeScript or JavaScript module, relative to this manifest, whose default export (made with `defineBotCode`) registers the actions, validators and conditions that flows name.
 */
code?: string
/**
 * The flow that greets a customer when a conversation starts.
 */
start: string
nlu?: Nlu
/**
 * Conversation slots: details that belong to the whole conversation (an email, the customer's name), declared once and usable in every flow's `collect`, templates and conditions. A flow's own slots stay private to it. A flow may declare a conversation slot again to ask for it in its own words; the value stays the conversation's.
 */
slots?: {
[k: string]: Slot
}
conversation?: ConversationPolicy
globals?: Globals
/**
 * Actions answered by an HTTP service, by name. Flows `call` them like actions registered in code.
 */
webhooks?: {
[k: string]: Webhook
}
handoff?: Handoff
/**
 * How long conversations and finished handoffs are kept. `baton start` deletes older ones once a day (and `baton data purge` does it on demand). Without it nothing is deleted.
 */
retention?: {
/**
 * Conversations idle for longer than this many days, and handoffs closed longer ago, are deleted with their transcripts, and so are web chat conversations whose last activity is older.
 */
days: number
}
webchat?: Webchat
messages?: Messages
}
/**
 * How sure the classifier must be before the bot acts on what it understood.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "nlu".
 */
export interface Nlu {
/**
 * Below this confidence the bot does not act on the top intent: it asks "did you mean" or asks the customer to rephrase.
 */
threshold?: number
/**
 * When the two best intents are closer than this, the bot asks which one the customer meant.
 */
ambiguity?: number
/**
 * After this many misunderstandings in a row, the bot offers a human.
 */
misunderstandings?: number
/**
 * When a message is judged to be about none of the bot's intents (the bot then says it did not understand). `baton chat --debug` and `baton eval` show which rule turned a message down.
 */
outOfScope?: {
/**
 * A message more than this share of whose content words (not small words such as "the" or "my", not numbers) appear in none of the bot's examples, even after spelling correction, is out of scope, however confident the classifier is, provided at least two words are unknown. 1 turns this rule off; lower is stricter.
 */
unknownWords?: number
/**
 * Below this confidence a message is out of scope. `auto` fits it on the bot's own examples (it turns away at most 1 % of the ones the classifier gets right) and never sets it above `threshold`, so a match the bot would act on is turned down only by the unknown-words rule.
 */
confidence?: (number | "auto")
}
}
/**
 * A detail the bot collects: from an entity, from a list of choices, or as free text. A slot with neither `entity` nor `choices` takes the customer's whole answer, or is set by an action.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "slot".
 */
export interface Slot {
/**
 * A name: lower case letters, digits and underscores, starting with a letter.
 */
entity?: string
/**
 * The values the slot accepts: a list, or a map of each value to its synonyms. Shown as quick replies, each titled with its value. In a bot of several languages, a value's synonyms may be a map by language (`small: { en: [small], es: [pequeño, chico] }`): a conversation in a language then understands that language's words, and the value's button shows the first of them.
 */
choices?: ([string, ...(string)[]] | {
[k: string]: LocalWords
})
/**
 * How agents and summaries name the slot, e.g. `Order number`. Default: made from its name (`order_id` -> `Order id`).
 */
label?: string
/**
 * The question that asks for the slot.
 */
ask?: (Text | {
[k: string]: Text
})
/**
 * What the bot says when the answer does not fit, before asking again; `{{answer}}` quotes what the customer said, e.g. `Sorry, "{{answer}}" is not one of our plans.`
 */
invalid?: (Text | {
[k: string]: Text
})
/**
 * How many times the bot asks again after an answer that does not fit.
 */
retries?: number
/**
 * A name: lower case letters, digits and underscores, starting with a letter.
 */
validate?: string
/**
 * The state to go to when the retries are used up. Default: offer a human.
 */
exhausted?: string
/**
 * Whether the bot repeats the value back for the customer to confirm.
 */
confirm?: boolean
/**
 * For a slot filled by `date`, `datetime` or `date_range`: which day a date that repeats means. "Friday" said on a Monday is the coming Friday with `future` (appointments, deliveries), the last one with `past` ("When did you buy it?"), and the closest with `any`; the same for a date without a year ("3 December") and a month ("in March"). Today counts both ways. "Next Friday" and "last Friday" mean what they say whatever this is. Default: `future`.
 */
dates?: ("future" | "past" | "any")
/**
 * Whether the slot takes the customer's whole answer as it is, whatever it sounds like (a description, a message, feedback); only the `escapes` intents get through. Default: true for a slot with neither `entity` nor `choices`.
 */
freeText?: boolean
/**
 * Intents that still act while a free-text question waits, e.g. `[talk_to_human, cancel]`. Default: the manifest's `globals.human` and `globals.cancel`.
 */
escapes?: Name[]
}
/**
 * How every flow behaves when it is interrupted, resumed, cancelled or done, unless the flow says otherwise.
 */
export interface ConversationPolicy {
interrupt?: InterruptPolicy
resume?: ResumePolicy
/**
 * Whether the global cancel intent asks "Stop <title>? Nothing will be saved." before stopping a flow.
 */
confirmCancel?: boolean
/**
 * Whether the bot asks "Is there anything else I can help you with?" when a flow is done.
 */
anythingElse?: boolean
}
/**
 * Intents that work everywhere in a conversation, by what they do. Baton understands `affirm`, `deny`, `cancel`, `human`, `greet` and `thanks` from built-in examples: each of these roles gets them on the intent it names here (default: the role's name, `talk_to_human` for `human`), and the intent is created when no intents file declares it. `false` switches a built-in role off.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "globals".
 */
export interface Globals {
/**
 * The intent that cancels the current flow. Default: `cancel`, with built-in examples.
 */
cancel?: (Name | false)
/**
 * A name: lower case letters, digits and underscores, starting with a letter.
 */
restart?: string
/**
 * A name: lower case letters, digits and underscores, starting with a letter.
 */
help?: string
/**
 * The intent that asks for a human agent. Default: `talk_to_human`, with built-in examples.
 */
human?: (Name | false)
/**
 * The intent for yes, used by confirmations and follow-up questions. Default: `affirm`, with built-in examples.
 */
affirm?: (Name | false)
/**
 * The intent for no, used by confirmations and follow-up questions. Default: `deny`, with built-in examples.
 */
deny?: (Name | false)
/**
 * A name: lower case letters, digits and underscores, starting with a letter.
 */
goodbye?: string
/**
 * The intent for hello. A flow it triggers runs; without one the bot answers with the `hello` message and what it can do. Default: `greet`, with built-in examples.
 */
greet?: (Name | false)
/**
 * The intent for thank you. A flow it triggers runs; without one the bot answers with the `youreWelcome` message. Default: `thanks`, with built-in examples.
 */
thanks?: (Name | false)
}
/**
 * An HTTP action. Baton POSTs `{ action, conversationId, slots }` as JSON and expects `{ outcome, slots? }` back; a timeout, a refused connection or a malformed reply is the `error` outcome.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "webhook".
 */
export interface Webhook {
/**
 * The URL Baton POSTs to, or a path starting with `/` on the server that runs the bot (`baton start` calls its own address; the sample bot's `/sample/address` is served that way).
 */
url: string
/**
 * What the customer hears the service called when it fails, as `{{system}}` of the `actionFailed` message: "our address system" gives "I couldn't reach our address system just now." Default: "our systems", in the conversation's language. In a bot of several languages, a map gives it in each: `{ en: our address system, es: nuestro sistema de direcciones }`.
 */
title?: (string | {
[k: string]: string
})
/**
 * How long to wait for a reply, in milliseconds, per attempt.
 */
timeoutMs?: number
/**
 * How many times to try again after a failed attempt.
 */
retries?: number
/**
 * Extra request headers; `${ENV_NAME}` inserts an environment variable.
 */
headers?: {
[k: string]: string
}
/**
 * The outcomes the service may answer, besides `error`. Flows map them to states with `on`.
 * 
 * @minItems 1
 */
outcomes: [Name, ...(Name)[]]
}
/**
 * Where conversations go when a human takes over.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "handoff".
 */
export interface Handoff {
/**
 * The agents' queues, by name.
 */
queues: {
[k: string]: Queue
}
/**
 * A name: lower case letters, digits and underscores, starting with a letter.
 */
default?: string
/**
 * A name: lower case letters, digits and underscores, starting with a letter.
 */
offline?: string
/**
 * Outgoing webhooks for teams who work in an external helpdesk: Baton POSTs the handoff and its packet as JSON on each event, signed with HMAC-SHA256 (header `X-Baton-Signature: sha256=<hex>`), and retries with backoff when the receiver fails.
 * 
 * Items: One receiver of handoff events.
 */
notify?: {
/**
 * Where to POST the events.
 */
url: string
/**
 * Which events to send. Default: handoff.created, handoff.claimed, handoff.resolved.
 * 
 * @minItems 1
 */
events?: [("handoff.created" | "handoff.claimed" | "handoff.resolved" | "handoff.returned" | "handoff.cancelled" | "handoff.abandoned" | "handoff.customerLeft" | "handoff.transferred"), ...(("handoff.created" | "handoff.claimed" | "handoff.resolved" | "handoff.returned" | "handoff.cancelled" | "handoff.abandoned" | "handoff.customerLeft" | "handoff.transferred"))[]]
/**
 * The environment variable that holds the shared secret used to sign each request.
 */
secretEnv: string
}[]
}
/**
 * A queue of conversations waiting for an agent.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "queue".
 */
export interface Queue {
/**
 * What the queue handles; shown to agents.
 */
description?: string
/**
 * Opening hours: `Mon-Fri 08:00-18:00 Europe/London`, or a list of such ranges. Days are Mon Tue Wed Thu Fri Sat Sun; `24:00` means midnight at the end of the day; the zone is optional (default: the bot's timezone). No hours: always open.
 */
hours?: (string | [string, ...(string)[]])
/**
 * Dates (YYYY-MM-DD) the queue is closed all day, such as public holidays.
 */
closed?: string[]
/**
 * Agents serving several queues take conversations of higher-priority queues first.
 */
priority?: number
/**
 * Minutes a waiting customer usually waits for an agent, per place in the queue: the estimate customers hear until the queue has picked up conversations to learn from. Without it the first customers hear that the wait cannot be estimated yet.
 */
typicalWait?: number
/**
 * Whether a conversation needs an agent who speaks its language: `true` for every language of the bot, or the languages that do (`[es]`: Spanish conversations go only to agents who speak Spanish, the others to any agent of the queue). Such a conversation counts the queue as staffed only while one of those agents is online, is listed only to them, and only they can claim it. Agents speak the languages their account lists (`baton agent add --languages`), else the bot's main language.
 */
matchLanguage?: (boolean | [string, ...(string)[]])
}
/**
 * Baton's web chat page (served at `/`) and its launcher for other sites (`/embed.js`).
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "webchat".
 */
export interface Webchat {
/**
 * A short privacy notice shown under the message box, e.g. `We keep this conversation for a year to help you. Privacy policy: https://example.com/privacy`. Web addresses in it become links. Without it the page shows none.
 */
privacy?: string
/**
 * The sites whose pages may show the chat in a frame (the launcher of `/embed.js` opens it in one). Without it any site may; an empty list lets none (the page is then framed only by itself).
 * 
 * @maxItems 50
 * 
 * Items: An origin: scheme, host and port if not the default, e.g. `https://www.example.com` or `https://*.example.com`.
 */
embedOrigins?: string[]
words?: WebchatWords
}
/**
 * The words Baton's web chat page and its launcher show or have screen readers say, each by a stable key; each has an English default. `{{name}}` and `{{count}}` are filled in where a word mentions them.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "webchatWords".
 */
export interface WebchatWords {
/**
 * The status under the bot's name while the page connects. Default: "Connecting…"
 */
statusConnecting?: string
/**
 * The status once connected (with agents online, where the server knows). Default: "Online"
 */
statusOnline?: string
/**
 * The status once connected while no agent is online. Default: "Bot only, agents offline"
 */
statusBotOnly?: string
/**
 * The status while the page reconnects. Default: "Reconnecting…"
 */
statusReconnecting?: string
/**
 * The status while the server cannot be reached. Default: "Offline, retrying…"
 */
statusOffline?: string
/**
 * The label of the button that starts a new conversation. Default: "New conversation"
 */
newConversation?: string
/**
 * The label of the button that closes the launcher's panel. Default: "Minimise chat"
 */
minimise?: string
/**
 * The name screen readers give the list of messages. Default: "Conversation"
 */
conversation?: string
/**
 * The label of the attach button. Default: "Attach a file"
 */
attachFile?: string
/**
 * The name screen readers give the message box. Default: "Your message"
 */
messageLabel?: string
/**
 * The hint in the empty message box. Default: "Type your message…"
 */
messagePlaceholder?: string
/**
 * The label of the send button. Default: "Send"
 */
send?: string
/**
 * The name screen readers give the row of suggested replies. Default: "Suggested replies"
 */
suggestions?: string
/**
 * The question of the dialog that confirms a new conversation. Default: "Start a new conversation?"
 */
confirmNewTitle?: string
/**
 * The text of that dialog. Default: "This conversation will end here and you won't see it again on this page."
 */
confirmNewText?: string
/**
 * Its button that keeps the conversation. Default: "Cancel"
 */
confirmNewCancel?: string
/**
 * Its button that starts a new conversation. Default: "Start new"
 */
confirmNewStart?: string
/**
 * The note at the top of a new conversation the customer started. Default: "New conversation"
 */
newConversationStarted?: string
/**
 * The note when the server no longer has the conversation the page kept. Default: "Your earlier conversation has ended. Starting a new one."
 */
conversationEnded?: string
/**
 * The name above the customer's own messages. Default: "You"
 */
you?: string
/**
 * The name above an agent's message when the agent has none. Default: "Agent"
 */
agent?: string
/**
 * What screen readers say of the bot's typing dots. Default: "typing"
 */
typing?: string
/**
 * What screen readers say of an agent's typing dots; `{{name}}`: the agent's name. Default: "{{name}} is typing"
 */
agentTyping?: string
/**
 * The same for an agent without a name. Default: "The agent is typing"
 */
agentTypingUnnamed?: string
/**
 * The name of a file sent without one. Default: "file"
 */
unnamedFile?: string
/**
 * Beside a file while it is being sent. Default: "Sending…"
 */
fileSending?: string
/**
 * Under a message the server refused as too long. Default: "Too long to send. Shorten it and send it again."
 */
messageTooLong?: string
/**
 * Under a message the server took but could not answer. Default: "Not answered. Tap to send it again."
 */
messageNotAnswered?: string
/**
 * Under a message that could not be sent. Default: "Not sent. Tap to try again."
 */
messageNotSent?: string
/**
 * Above the message box when a file was refused without a reason. Default: "The file could not be sent."
 */
fileNotSent?: string
/**
 * Above the message box when a file could not reach the server. Default: "The file could not be sent: check your connection and try again."
 */
fileNotSentOffline?: string
/**
 * The launcher's name for its panel and the chat in it. Default: "Chat"
 */
launcherChat?: string
/**
 * The label of the launcher's button while the panel is closed. Default: "Open chat"
 */
launcherOpen?: string
/**
 * The label of the launcher's button while the panel is open. Default: "Close chat"
 */
launcherClose?: string
/**
 * The label of the launcher's button while messages are unread (the count shows on its badge); `{{count}}`: how many. One text, or one per plural form of the page's language (`one`, `other`, and `zero`, `two`, `few`, `many` where the language has them). Default: one "Open chat, {{count}} unread message", other "Open chat, {{count}} unread messages"
 */
launcherOpenUnread?: (PageWord | {
zero?: PageWord
one?: PageWord
two?: PageWord
few?: PageWord
many?: PageWord
other: PageWord
})
/**
 * A text of the web chat page or its launcher.
 */
launcherDismiss?: string
/**
 * A text of the web chat page or its launcher.
 */
launcherGreeting?: string
}
/**
 * The bot's own words for situations no flow describes. Each has a sensible default.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "messages".
 */
export interface Messages {
/**
 * When the bot does not understand. Default: "Sorry, I didn't get that. Could you say it another way?"
 */
fallback?: (Text | {
[k: string]: Text
})
/**
 * When two intents are close; the choices follow as buttons. Default: "Did you mean one of these?"
 */
didYouMean?: (Text | {
[k: string]: Text
})
/**
 * When the bot offers a human after repeated misunderstandings or failed questions.
 */
offerHuman?: (Text | {
[k: string]: Text
})
/**
 * Before going back to an interrupted flow; `{{flow}}` is that flow's title. Default: "Back to {{flow}}:"
 */
resume?: (Text | {
[k: string]: Text
})
/**
 * After the customer cancels the current flow.
 */
cancelled?: (Text | {
[k: string]: Text
})
/**
 * What the bot says when asked for help.
 */
help?: (Text | {
[k: string]: Text
})
/**
 * The question after an FAQ answer. Default: "Did that answer your question?"
 */
faqFollowUp?: (Text | {
[k: string]: Text
})
/**
 * When a message is longer than the bot reads.
 */
tooLong?: (Text | {
[k: string]: Text
})
/**
 * When the bot cannot go on: an action answers an outcome its `call` state does not map, or a customer asks for a person and the bot has no queue. A failed action (the `error` outcome) says `actionFailed` instead. Default: "Sorry, something went wrong on my side. I can put you through to a person."
 */
error?: (Text | {
[k: string]: Text
})
/**
 * After a flow is done: asks whether the customer needs anything more. Default: "Is there anything else I can help you with?"
 */
anythingElse?: (Text | {
[k: string]: Text
})
/**
 * Asks the customer to rate the conversation from 1 to 5, before saying goodbye.
 */
satisfaction?: (Text | {
[k: string]: Text
})
/**
 * The last words of a conversation, after the rating.
 */
goodbye?: (Text | {
[k: string]: Text
})
/**
 * When an agent gives the conversation back to the bot.
 */
handedBack?: (Text | {
[k: string]: Text
})
/**
 * When the conversation starts over, or the bot was updated and cannot continue where it was.
 */
restarted?: (Text | {
[k: string]: Text
})
/**
 * When the customer has gone quiet in the middle of a question.
 */
stillThere?: (Text | {
[k: string]: Text
})
/**
 * When the customer corrects a detail; `{{slot}}` and `{{value}}` name it. Default: "Got it: {{value}}."
 */
corrected?: (Text | {
[k: string]: Text
})
/**
 * Repeats a slot's value back for slots with `confirm: true`; `{{slot}}` and `{{value}}` name it. Default: "Just to check: {{value}}. Is that right?"
 */
confirmSlot?: (Text | {
[k: string]: Text
})
/**
 * When a customer sends a file with no words while talking to the bot (the file is kept for an agent). Default: "Thanks, I've got your file."
 */
attachmentReceived?: (Text | {
[k: string]: Text
})
/**
 * When the customer asks for one of the bot's languages ("¿hablas español?", a language button): said in the new language, before the pending question is asked again; `{{language}}` names it. Default: "Sure, let's continue in English."
 */
languageSwitched?: (Text | {
[k: string]: Text
})
/**
 * When the customer asks for a language the bot does not speak; `{{language}}` names it, `{{languages}}` lists the bot's, which follow as buttons. Default: "Sorry, I can't chat in {{language}}. I can chat in {{languages}}."
 */
languageNotSpoken?: (Text | {
[k: string]: Text
})
/**
 * When the customer asks which languages the bot speaks; `{{languages}}` lists them, and they follow as buttons. Default: "I can chat in {{languages}}."
 */
languagesSpoken?: (Text | {
[k: string]: Text
})
/**
 * Shown to a customer who comes back to the chat under a verified identity, once per answer an agent emailed to their ticket; `{{date}}` is the ticket's date, `{{answer}}` the agent's answer. Default: "You have a reply to your message of {{date}}: {{answer}}"
 */
ticketReply?: (Text | {
[k: string]: Text
})
/**
 * The subject of the email carrying an agent's answer to a ticket; `{{bot}}` is the bot's name, `{{reference}}` the ticket's reference. Default: "Re: your message to {{bot}} [ticket {{reference}}]"
 */
ticketEmailSubject?: (Text | {
[k: string]: Text
})
/**
 * In that email, the line before the customer's own message, quoted; `{{date}}` is the ticket's date. Default: "Your message of {{date}}:"
 */
ticketEmailQuote?: (Text | {
[k: string]: Text
})
/**
 * When a waiting customer cancels and comes back to the bot. Default: "OK, you've left the queue. What can I help you with?"
 */
leftQueue?: (Text | {
[k: string]: Text
})
/**
 * A waiting customer's place in the queue; `{{position}}` is filled in, `{{wait}}` with the estimated wait in words ("about 5 minutes", "about 1 minute", "less than a minute"), and `{{minutes}}` with it as a whole number of minutes. Default: "You're number {{position}} in the queue; the wait is {{wait}}. Anything you write now goes to the agent."
 */
queuePosition?: (Text | {
[k: string]: Text
})
/**
 * A waiting customer's place in the queue when no wait can be estimated yet (no agent of the queue has taken a conversation recently); `{{position}}` is filled in. Say plainly that the wait is not known.
 */
queueNoEstimate?: (Text | {
[k: string]: Text
})
/**
 * Tells the customer that a person took the conversation; `{{agent}}` is the agent's display name, `{{bot}}` the bot's name. Default: "{{agent}} from {{bot}} joined the conversation."
 */
agentJoined?: (Text | {
[k: string]: Text
})
/**
 * Tells the customer that the agent resolved the conversation or gave it back to the bot; `{{agent}}` is the agent's display name, `{{bot}}` the bot's name. Default: "{{agent}} has left the conversation."
 */
agentLeft?: (Text | {
[k: string]: Text
})
/**
 * Said once when a customer is recognised (Teams identity, a user id the site vouched for, or an email they gave) and has talked to the bot before; `{{summary}}`, `{{channel}}` and `{{when}}` describe their last conversation. Default: "Welcome back! Last time ({{when}}, on {{channel}}) we talked about: {{summary}}."
 */
welcomeBack?: (Text | {
[k: string]: Text
})
/**
 * Asks before leaving a flow whose policy is `interrupt: ask`; `{{flow}}` is its title, `{{other}}` the new flow's. Default: "We're in the middle of {{flow}}. Switch to {{other}}?"
 */
confirmSwitch?: (Text | {
[k: string]: Text
})
/**
 * Asks before going back to an interrupted flow whose policy is `resume: ask`; `{{flow}}` is its title. Default: "Shall we get back to {{flow}}?"
 */
confirmResume?: (Text | {
[k: string]: Text
})
/**
 * Asks before the cancel intent stops a flow with `confirmCancel: true`; `{{flow}}` is its title. Default: "Stop {{flow}}? Nothing will be saved."
 */
confirmCancel?: (Text | {
[k: string]: Text
})
/**
 * When the customer declines to switch or to stop; the pending question follows. Default: "OK, let's carry on."
 */
carryOn?: (Text | {
[k: string]: Text
})
/**
 * When the customer declines to go back to an interrupted flow; `{{flow}}` is its title. Default: "OK, I've left {{flow}}."
 */
dropped?: (Text | {
[k: string]: Text
})
/**
 * Before the offline flow, when the queue is closed by its opening hours; `{{opens}}` says when it opens again in the bot's time zone ("Monday at 9:00", "tomorrow at 8:00"). Default: "We're closed now; we open again {{opens}}."
 */
closedNow?: (Text | {
[k: string]: Text
})
/**
 * Before the offline flow, when the queue is open but no agent is online. Default: "Nobody from the team is free to chat right now."
 */
nobodyFree?: (Text | {
[k: string]: Text
})
/**
 * After `closedNow` or `nobodyFree` when the bot has no offline flow: the request is kept as a ticket for the team. Default: "I've passed your request to the team with everything you've told me; they'll pick it up as soon as they can."
 */
ticketKept?: (Text | {
[k: string]: Text
})
/**
 * When the cancel intent stops a flow that had interrupted another; the other then comes back as its `resume` says. `{{flow}}` is the stopped flow's title. Default: "OK, I've stopped {{flow}}."
 */
stopped?: (Text | {
[k: string]: Text
})
/**
 * The answer to a greeting when no flow is triggered by the `greet` intent; what the bot can do follows as buttons. Default: "Hello! What can I help you with?"
 */
hello?: (Text | {
[k: string]: Text
})
/**
 * The answer to thanks when no flow is triggered by the `thanks` intent. Default: "You're welcome!"
 */
youreWelcome?: (Text | {
[k: string]: Text
})
/**
 * When the bot was updated while the conversation waited and the step it waited in no longer exists; `{{flow}}` is where it goes on. Default: "I've been updated since your last message, so let's pick up {{flow}} from a step that still exists."
 */
botChanged?: (Text | {
[k: string]: Text
})
/**
 * What the customer's channel shows when their message could not be handled at all (the store out of reach, the conversation busy on another server, a fault): the bot did not read it, so ask them to send it again. Default: "Sorry, we're having trouble right now. Please try again in a moment."
 */
turnFailed?: (Text | {
[k: string]: Text
})
/**
 * Said when an action or webhook fails (the `error` outcome: a throw, a time-out, a refused connection, a bad reply) before the flow goes on, unless the flow's `error` branch goes to a state that says its own words. `{{system}}` is the webhook's or action's `title` (default "our systems"). Default: "I couldn't reach {{system}} just now."
 */
actionFailed?: (Text | {
[k: string]: Text
})
}
/**
 * Defaults for every flow; a flow's own `interrupt`, `resume`, `confirmCancel` and `anythingElse` override them.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "conversationPolicy".
 */
export interface ConversationPolicy1 {
interrupt?: InterruptPolicy
resume?: ResumePolicy
/**
 * Whether the global cancel intent asks "Stop <title>? Nothing will be saved." before stopping a flow.
 */
confirmCancel?: boolean
/**
 * Whether the bot asks "Is there anything else I can help you with?" when a flow is done.
 */
anythingElse?: boolean
}
/**
 * Saved replies: texts agents insert in the console's reply box (type `/` to search them), with `{{placeholders}}` filled from the conversation.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "repliesFile".
 */
export interface RepliesFile {
/**
 * Saved replies by id: the shortcut agents type after `/`, e.g. `order_delayed`.
 */
replies: {
[k: string]: SavedReply
}
}
/**
 * One saved reply.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "savedReply".
 */
export interface SavedReply {
/**
 * What agents see in the list, e.g. `Order running late`.
 */
title: string
/**
 * The reply, on one line or several (`|`). `{{slot}}` inserts the value of any slot of the bot; `{{customer.name}}`, `{{customer.first_name}}`, `{{customer.email}}`, `{{customer.phone}}`, `{{agent.name}}`, `{{agent.first_name}}` and `{{bot.name}}` insert those details. A detail the conversation lacks shows as `[name]` for the agent to fill in.
 */
text: string
/**
 * The handoff queues whose conversations may use it, from the manifest's `handoff.queues`. Default: every queue.
 * 
 * @minItems 1
 */
queues?: [Name, ...(Name)[]]
}
/**
 * An intents file: what customers say (intents), what the bot picks out of messages (entities) and questions it answers on the spot (faq).
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "intentsFile".
 */
export interface IntentsFile {
/**
 * Intents by name: what a customer may want.
 */
intents?: {
[k: string]: Intent
}
/**
 * Entities by name: values the bot picks out of any message, such as an order number.
 */
entities?: {
[k: string]: Entity
}
/**
 * Questions answered on the spot, by name, with a follow-up "Did that answer your question?".
 */
faq?: {
[k: string]: FaqEntry
}
}
/**
 * An intent: a thing a customer may want.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "intent".
 */
export interface Intent {
/**
 * What the intent means; shown to agents and in reports.
 */
description?: string
/**
 * A short label customers see when the bot asks "Did you mean ...?", e.g. `Track an order`.
 */
title?: (string | {
[k: string]: string
})
/**
 * Training examples: messages customers send that mean this intent. Given by language (`{ en: [...], es: [...] }`), each language's classifier learns its own.
 */
examples: (Utterances | {
[k: string]: Utterances1
})
/**
 * Regular expressions (JavaScript syntax, case-insensitive) checked before the classifier; a match wins with confidence 1.
 */
patterns?: string[]
/**
 * Held-out messages that mean this intent, never trained on; `baton eval` checks them.
 */
tests?: (Utterances2 | {
[k: string]: Utterances3
})
/**
 * For the intent of a built-in role in the manifest's `globals` (`affirm`, `deny`, `cancel`, `human`, `greet`, `thanks`): `true` adds this intent's examples to Baton's built-in ones, `false` trains on this intent's examples alone.
 */
builtin?: boolean
}
/**
 * A question the bot answers at once, wherever the customer is in a conversation.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "faqEntry".
 */
export interface FaqEntry {
/**
 * What the question is about; shown in reports.
 */
description?: string
/**
 * A short label customers see when the bot asks "Did you mean ...?".
 */
title?: (string | {
[k: string]: string
})
/**
 * Ways customers ask the question; trained like an intent's examples. Given by language (`{ en: [...], es: [...] }`), each language's classifier learns its own.
 */
examples: (Utterances | {
[k: string]: Utterances1
})
/**
 * Regular expressions checked before the classifier; a match wins with confidence 1.
 */
patterns?: string[]
/**
 * Held-out ways of asking, never trained on; `baton eval` checks them.
 */
tests?: (Utterances2 | {
[k: string]: Utterances3
})
/**
 * The answer.
 */
answer: (Text | {
[k: string]: Text
})
/**
 * Whether the bot asks "Did that answer your question?" after the answer.
 */
followUp?: boolean
/**
 * Whether the bot asks "Is there anything else I can help you with?" after this answer (when it does not ask `followUp`). Default: the manifest's `conversation.anythingElse`.
 */
anythingElse?: boolean
}
/**
 * A flow: a state machine for one thing a customer wants done.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "flowFile".
 */
export interface FlowFile {
/**
 * A name: lower case letters, digits and underscores, starting with a letter.
 */
flow: string
/**
 * How the bot names the flow to customers, e.g. `your return` in "Back to your return:".
 */
title?: (string | {
[k: string]: string
})
/**
 * What the flow does; shown to agents and in graphs.
 */
description?: string
/**
 * The intent (or list of intents) that starts this flow. A trigger may set slots: `{ intent: no_internet, set: { category: No connection } }`.
 */
trigger?: (Name | Trigger | [(Name | Trigger), ...((Name | Trigger))[]])
interrupt?: InterruptPolicy
resume?: ResumePolicy
/**
 * Whether the global cancel intent asks "Stop <title>? Nothing will be saved." before stopping this flow. Default: the manifest's `conversation.confirmCancel`.
 */
confirmCancel?: boolean
/**
 * Whether this flow starts at once even when the flow it interrupts would ask first (`interrupt: ask`) or refuse (`interrupt: never`): for a flow that stops things or finds a person. Asking for a person (the human global) is always urgent.
 */
urgent?: boolean
/**
 * Whether the bot asks "Is there anything else I can help you with?" when this flow is done. Default: the manifest's `conversation.anythingElse`.
 */
anythingElse?: boolean
/**
 * Forget this flow's own slots when it completes, so the next run asks again: `true`, or `{ keep: [slots] }` to keep some. Conversation slots are never forgotten here.
 */
forget?: (boolean | {
/**
 * Slots of this flow that keep their values.
 */
keep: Name[]
})
/**
 * The details this flow collects or uses, by name. They are private to the flow and kept for its next run (unless `forget`); details every flow shares are the manifest's `slots`.
 */
slots?: {
[k: string]: Slot
}
/**
 * A name: lower case letters, digits and underscores, starting with a letter.
 */
start?: string
/**
 * The flow's states, by name. `end` is reserved: `next: end` finishes the flow.
 */
states: {
[k: string]: State
}
}
/**
 * An intent that starts the flow, with slot values it sets.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "trigger".
 */
export interface Trigger {
/**
 * A name: lower case letters, digits and underscores, starting with a letter.
 */
intent: string
/**
 * Slot values this trigger sets when it starts the flow.
 */
set?: {
[k: string]: string | number | boolean
}
}
/**
 * A state. It may `say` something, then does at most one of: `collect` slots, `ask` with choices, `branch`, `call` an action, `goto` another flow, `handoff` to a human, `end`. Then it goes to `next` (not after `ask`, `branch`, `call`, `goto`, `handoff`, `end`).
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "state".
 */
export interface State {
/**
 * What the bot says on entering the state.
 */
say?: (Text | {
[k: string]: Text
})
card?: Card
/**
 * Quick replies offered with the message; tapping one sends its text.
 */
quick?: (string[] | {
/**
 * @maxItems 10
 */
[k: string]: string[]
})
/**
 * Slots to fill, in order; slots already filled (from any earlier message) are not asked again.
 * 
 * @minItems 1
 */
collect?: [Name, ...(Name)[]]
/**
 * A question with `choices`.
 */
ask?: (Text | {
[k: string]: Text
})
/**
 * The answers to `ask`, shown as buttons.
 * 
 * @minItems 1
 * @maxItems 10
 */
choices?: [Choice, ...(Choice)[]]
/**
 * Cases checked in order; the first that holds decides the next state.
 * 
 * @minItems 1
 */
branch?: [BranchCase, ...(BranchCase)[]]
/**
 * A name: lower case letters, digits and underscores, starting with a letter.
 */
call?: string
/**
 * The next state for each outcome of `call`; `error` catches failures (default: offer a human).
 */
on?: {
[k: string]: Target
}
/**
 * Continue in another flow: `flow` or `flow.state`.
 */
goto?: string
handoff?: HandoffStep
/**
 * Slots to forget on entering the state, before anything else it does, e.g. to ask for a date again.
 * 
 * @minItems 1
 */
clear?: [Name, ...(Name)[]]
/**
 * `true` ends the current flow here (an interrupted flow beneath resumes); `all` ends it and every interrupted flow beneath it.
 */
end?: (true | "all")
next?: Target
}
/**
 * A card shown with the state's message.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "card".
 */
export interface Card {
/**
 * The card's title, also the image's alternative text; `{{slot}}` inserts a value. A map by language gives it in each of the bot's languages.
 */
title: (string | {
[k: string]: string
})
/**
 * A line under the title, or a map of it by language.
 */
subtitle?: (string | {
[k: string]: string
})
/**
 * The card's body, or a map of it by language.
 */
text?: (string | {
[k: string]: string
})
/**
 * The URL of an image.
 */
image?: string
/**
 * Buttons that open a web page.
 */
links?: {
/**
 * The button's text, or a map of it by language.
 */
title: (string | {
[k: string]: string
})
/**
 * The page it opens.
 */
url: string
}[]
}
/**
 * A button of an `ask` state.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "choice".
 */
export interface Choice {
/**
 * The button's text.
 */
title: (string | {
[k: string]: string
})
/**
 * Words customers may type, in the bot's main language, or a map from each of the bot's languages to them.
 */
synonyms?: (string[] | {
[k: string]: string[]
})
/**
 * A name: lower case letters, digits and underscores, starting with a letter.
 */
intent?: string
/**
 * Slot values set when this choice is taken.
 */
set?: {
[k: string]: string | number | boolean
}
/**
 * The state it leads to.
 */
next: string
}
/**
 * One case of a `branch`: `when` a condition holds go to `next`; a last case with `else` catches the rest.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "branchCase".
 */
export interface BranchCase {
/**
 * A condition: a registered condition's name, or a comparison of a slot such as `reason == "damaged"`, `total > 50`, `email is set`, `email is not set`; join with `and`/`or`, negate a name with `not`.
 */
when?: string
/**
 * The state to go to when the condition holds.
 */
next?: string
/**
 * The state to go to when no earlier case held.
 */
else?: string
}
/**
 * Hand the conversation to a human agent with everything the bot learned.
 * 
 * This interface was referenced by `BatonBotFiles`'s JSON-Schema
 * via the `definition` "handoffStep".
 */
export interface HandoffStep {
/**
 * A name: lower case letters, digits and underscores, starting with a letter.
 */
queue?: string
/**
 * A name: lower case letters, digits and underscores, starting with a letter.
 */
reason?: string
/**
 * A one-line summary for the agent; `{{slot}}` inserts values. Default: made from the intents and slots.
 */
summary?: string
/**
 * Raise or lower this handoff's place in the queue (default 50).
 */
priority?: number
}
