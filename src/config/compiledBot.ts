// The frozen, linked bot the runtime uses: every name resolved, every regex compiled, every
// condition parsed. The runtime never sees raw YAML.
import type { OpeningHours } from '../handoff/openingHours';
import type { Condition } from '../engine/condition';
import type { DateDirection } from '../nlu/entities/dateDirection';
import type { BotCode } from './botCode';
import type { WebchatWords } from './formats.generated';

/** Variations of one message; the engine picks one per conversation. */
export type Variations = readonly string[];

export type BuiltinEntity = 'email' | 'phone' | 'number' | 'money' | 'date' | 'time' | 'datetime' | 'date_range' | 'url';
export const BUILTIN_ENTITIES: readonly BuiltinEntity[] = ['email', 'phone', 'number', 'money', 'date', 'time', 'datetime', 'date_range', 'url'];

export type EntityDefinition =
  | { readonly kind: 'regex'; readonly name: string; readonly pattern: string; readonly flags?: string }
  | { readonly kind: 'values'; readonly name: string; readonly values: Readonly<Record<string, readonly string[]>>; readonly fuzzy: boolean }
  | { readonly kind: 'builtin'; readonly name: string; readonly builtin: BuiltinEntity };

export interface Example {
  readonly text: string;
  /** An intent or FAQ entry name. */
  readonly label: string;
  /** One of Baton's built-in examples of a global role, not the author's. */
  readonly builtin?: true;
}

export interface CompiledIntent {
  readonly name: string;
  readonly title: string;
  readonly description?: string;
  readonly examples: readonly string[];
  readonly patterns: readonly RegExp[];
  readonly tests: readonly string[];
  readonly file: string;
}

export interface CompiledFaq extends CompiledIntent {
  readonly answer: Variations;
  readonly followUp: boolean;
  /** Ask "Anything else?" after the answer (when `followUp` does not ask whether it helped); default: the manifest's. */
  readonly anythingElse?: boolean;
}

export interface CompiledSlot {
  readonly name: string;
  /** How people read its name: `Order number`. */
  readonly label: string;
  readonly entity?: string;
  /** Accepted values and their synonyms. */
  readonly choices?: Readonly<Record<string, readonly string[]>>;
  /** The buttons' titles of values whose words are given by language: the first word in the bot's language (others show their value). */
  readonly choiceTitles?: Readonly<Record<string, string>>;
  readonly ask?: Variations;
  readonly invalid?: Variations;
  readonly retries: number;
  readonly validate?: string;
  readonly exhausted?: string;
  readonly confirm: boolean;
  /** Which way a date that repeats ("Friday") is read; only for a slot filled by a date, datetime or date_range. */
  readonly dates?: DateDirection;
  /** `conversation`: declared in the manifest, one value shared by every flow; `flow`: private to the flow. */
  readonly scope: 'conversation' | 'flow';
  /** Takes the customer's whole answer, whatever the classifier makes of it. */
  readonly freeText: boolean;
  /** Intents that still act while this slot's free-text question waits. */
  readonly escapes: readonly string[];
}

export interface CompiledChoice {
  readonly title: string;
  readonly synonyms: readonly string[];
  readonly intent?: string;
  readonly set: Readonly<Record<string, string | number | boolean>>;
  readonly next: string;
}

export interface BranchCase {
  /** Undefined for the `else` case. */
  readonly when?: Condition;
  readonly whenText?: string;
  readonly next: string;
}

export interface HandoffTarget {
  readonly queue: string;
  readonly reason: string;
  readonly summary?: string;
  readonly priority?: number;
}

interface StateBase {
  readonly name: string;
  /** Slots forgotten on entering the state. */
  readonly clear?: readonly string[];
  readonly say?: Variations;
  readonly card?: CompiledCard;
  readonly quick?: readonly string[];
}

export type CompiledState = StateBase &
  (
    | { readonly kind: 'say'; readonly next: string }
    | { readonly kind: 'collect'; readonly collect: readonly string[]; readonly next: string }
    | { readonly kind: 'ask'; readonly ask: Variations; readonly choices: readonly CompiledChoice[] }
    | { readonly kind: 'branch'; readonly branch: readonly BranchCase[] }
    | { readonly kind: 'call'; readonly call: string; readonly on: Readonly<Record<string, string>> }
    | { readonly kind: 'goto'; readonly flow: string; readonly state?: string }
    | { readonly kind: 'handoff'; readonly handoff: HandoffTarget; readonly next?: string }
    /** `all`: also ends every interrupted flow beneath this one. */
    | { readonly kind: 'end'; readonly all: boolean }
  );

export type StateKind = CompiledState['kind'];

export type InterruptPolicy = 'switch' | 'ask' | 'never';
export type ResumePolicy = 'now' | 'ask' | 'never';

/** How a flow behaves when interrupted, resumed, cancelled or done. */
export interface FlowPolicy {
  readonly interrupt: InterruptPolicy;
  readonly resume: ResumePolicy;
  readonly confirmCancel: boolean;
  readonly anythingElse: boolean;
}

export type SlotSetting = Readonly<Record<string, string | number | boolean>>;

export interface CompiledFlow extends FlowPolicy {
  readonly name: string;
  readonly title: string;
  readonly description?: string;
  readonly triggers: readonly string[];
  /** Slot values a trigger sets when it starts the flow, by intent. */
  readonly triggerSets: Readonly<Record<string, SlotSetting>>;
  /** Every slot the flow may use: its own and the conversation's (its own definition wins). */
  readonly slots: Readonly<Record<string, CompiledSlot>>;
  /** Starts at once, whatever the interrupted flow's `interrupt` says. */
  readonly urgent: boolean;
  /** The slots its `collect` states ask the customer for, in the order they first appear. */
  readonly collects: readonly string[];
  /** When the flow completes, its own slots are forgotten except `keep`. */
  readonly forget?: { readonly keep: readonly string[] };
  readonly start: string;
  readonly states: Readonly<Record<string, CompiledState>>;
  readonly file: string;
}

/** A state's card in one language: the loader has picked its texts from any given by language (see localiseData). */
export interface CompiledCard {
  readonly title: string;
  readonly subtitle?: string;
  readonly text?: string;
  readonly image?: string;
  readonly links?: ReadonlyArray<{ readonly title: string; readonly url: string }>;
}

export interface CompiledWebhook {
  readonly name: string;
  /** An absolute URL, or a path (`/sample/...`) on the server that runs the bot. */
  readonly url: string;
  /** What the customer hears it called when it fails ("our address system"); `{{system}}` of `actionFailed`. */
  readonly title?: string;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly outcomes: readonly string[];
}

/** A text agents insert in the console (type `/`), with placeholders filled from the conversation (see fillSavedReply). */
export interface CompiledSavedReply {
  /** The shortcut agents type after `/`. */
  readonly id: string;
  readonly title: string;
  /** With `{{slot}}` and `{{customer.name}}`-like placeholders, checked at load. */
  readonly text: string;
  /** The queues whose conversations may use it; undefined: every queue. */
  readonly queues?: readonly string[];
  readonly file: string;
}

export interface HandoffNotify {
  readonly url: string;
  readonly events: readonly string[];
  /** The environment variable holding the signing secret; the secret itself is never stored. */
  readonly secretEnv: string;
}

export interface CompiledQueue {
  readonly name: string;
  readonly description?: string;
  readonly hours: OpeningHours;
  readonly priority: number;
  /** Minutes per place in the queue, the author's estimate until the queue has history. */
  readonly typicalWait?: number;
}

export type MessageKey =
  | 'fallback' | 'didYouMean' | 'offerHuman' | 'resume' | 'cancelled' | 'help' | 'faqFollowUp' | 'tooLong' | 'error'
  | 'anythingElse' | 'satisfaction' | 'goodbye' | 'handedBack' | 'restarted' | 'stillThere' | 'corrected' | 'confirmSlot'
  | 'leftQueue' | 'queuePosition' | 'queueNoEstimate' | 'agentJoined' | 'agentLeft' | 'welcomeBack'
  | 'confirmSwitch' | 'confirmResume' | 'confirmCancel' | 'carryOn' | 'dropped' | 'stopped' | 'botChanged'
  | 'closedNow' | 'nobodyFree' | 'ticketKept' | 'hello' | 'youreWelcome' | 'turnFailed' | 'actionFailed'
  | 'attachmentReceived' | 'languageSwitched' | 'languageNotSpoken' | 'languagesSpoken';

/** What a global intent does, by the name of its key in the manifest's `globals`. */
export type GlobalRole = 'cancel' | 'restart' | 'help' | 'human' | 'affirm' | 'deny' | 'goodbye' | 'greet' | 'thanks';

export interface CompiledBot {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly locale: string;
  readonly timezone: string;
  readonly country?: string;
  readonly start: string;
  readonly nlu: {
    readonly threshold: number;
    readonly ambiguity: number;
    readonly misunderstandings: number;
    readonly outOfScope: { readonly unknownWords: number; readonly confidence: number | 'auto' };
  };
  /** The intent of each global role; Baton's built-in roles are always here unless the manifest switches one off. */
  readonly globals: Readonly<Partial<Record<GlobalRole, string>>>;
  /** Conversation slots: declared in the manifest, shared by every flow. */
  readonly slots: Readonly<Record<string, CompiledSlot>>;
  /** The manifest's defaults for flows that do not set their own policy. */
  readonly conversation: FlowPolicy;
  readonly intents: Readonly<Record<string, CompiledIntent>>;
  readonly faq: Readonly<Record<string, CompiledFaq>>;
  readonly entities: Readonly<Record<string, EntityDefinition>>;
  readonly flows: Readonly<Record<string, CompiledFlow>>;
  /** Which flow each trigger intent starts. */
  readonly triggers: Readonly<Record<string, string>>;
  readonly webhooks: Readonly<Record<string, CompiledWebhook>>;
  readonly handoff: {
    readonly queues: Readonly<Record<string, CompiledQueue>>;
    readonly defaultQueue?: string;
    readonly offline?: string;
    /** Receivers of handoff events (outgoing webhooks). */
    readonly notify: readonly HandoffNotify[];
  };
  readonly messages: Readonly<Record<MessageKey, Variations>>;
  /** Agents' saved replies, in file order. */
  readonly replies: readonly CompiledSavedReply[];
  /** How long conversations and closed handoffs are kept; undefined: for ever. */
  readonly retention?: { readonly days: number };
  /** Baton's web chat page: its privacy notice, and the sites that may frame it (undefined: any). */
  readonly webchat?: WebchatSettings;
  /** Training examples of intents and FAQ entries, in file order, then the built-in examples of global roles. */
  readonly training: readonly Example[];
  /** Held-out test utterances. */
  readonly tests: readonly Example[];
  readonly code: BotCode;
  /** The languages the bot serves, by code: its main one (`locale`) first, then the manifest's `languages`. */
  readonly languages: readonly string[];
  /**
   * The bot as it speaks each of its other languages (see botInLanguage): the same flows, slots and
   * intents, with that language's texts (the main language's where it has none), built-in messages
   * and training examples. Empty in those views themselves.
   */
  readonly byLanguage: Readonly<Record<string, CompiledBot>>;
  /** Every file the bot was built from, for reloading on change. */
  readonly files: readonly string[];
  readonly manifestFile: string;
}

export interface WebchatSettings {
  /** Shown under the message box; none when undefined. */
  readonly privacy?: string;
  /** Origins whose pages may frame the page (CSP frame-ancestors); undefined: any site, empty: none. */
  readonly embedOrigins?: readonly string[];
  /** The author's words for the page and its launcher, over the catalogue of the bot's language. */
  readonly words?: Readonly<WebchatWords>;
}
