// Links the manifest: its start and offline flows, global intents, handoff queues and their hours,
// webhooks against code actions, and the bot's own messages. Gives the flow linker its context.
import { IANAZone } from 'luxon';
import { HoursError, parseOpeningHours } from '../handoff/openingHours';
import type { BotCode } from './botCode';
import { checkTemplates } from './checkTemplates';
import { checkWebchatWords } from './checkWebchatWords';
import type { CompiledBot, CompiledQueue, CompiledSlot, CompiledWebhook, FlowPolicy, MessageKey, Variations, WebchatSettings } from './compiledBot';
import { DEFAULT_MAX_UNKNOWN } from '../nlu/trainOptions';
import { builtinMessages } from '../language/messages/builtinMessages';
import type { Language } from '../language/language';
import { didYouMean } from './didYouMean';
import type { Manifest, Webchat } from './formats.generated';
import type { FlowInput, LinkContext } from './linkContext';
import type { LinkedFlows } from './linkFlows';
import type { LinkedIntents } from './linkIntents';
import { linkSlot } from './linkSlot';
import { locate } from './locate';
import { hasOwnEntry } from './ownEntry';
import type { Reporter } from './reporter';
import type { SourceFile } from './sourceFile';

type ManifestFields = Pick<CompiledBot, 'id' | 'name' | 'description' | 'locale' | 'timezone' | 'country' | 'start' | 'nlu' | 'globals' | 'handoff' | 'messages' | 'retention' | 'webchat' | 'slots' | 'conversation'>;

export interface ManifestInput {
  readonly source: SourceFile;
  readonly data: Manifest;
  /** The bot's language (see checkLocale): its built-in messages are the defaults of `messages`. */
  readonly language: Language;
  /** The intent of each global role, built-in defaults included (see resolveGlobals). */
  readonly globals: CompiledBot['globals'];
  readonly intents: LinkedIntents;
  readonly flowFiles: readonly FlowInput[];
  readonly code: BotCode;
  readonly webhooks: Readonly<Record<string, CompiledWebhook>>;
  readonly reporter: Reporter;
}

export interface LinkedManifest {
  readonly bot: ManifestFields;
  readonly context: LinkContext;
  /** `flow.state` targets of `goto` steps: entries into a flow besides its start. */
  readonly enteredFromOutside: ReadonlySet<string>;
  readonly checkAfterFlows: (flows: LinkedFlows) => void;
}

const MESSAGE_SLOTS: Partial<Record<MessageKey, string[]>> = { resume: ['flow'], corrected: ['slot', 'value'], confirmSlot: ['slot', 'value'], queuePosition: ['position', 'minutes', 'wait'], queueNoEstimate: ['position'], agentJoined: ['agent', 'bot'], agentLeft: ['agent', 'bot'], welcomeBack: ['summary', 'channel', 'when'],
  confirmSwitch: ['flow', 'other'], confirmResume: ['flow'], confirmCancel: ['flow'], dropped: ['flow'], stopped: ['flow'], botChanged: ['flow'], closedNow: ['opens'], actionFailed: ['system'],
  ticketReply: ['date', 'answer'], ticketEmailSubject: ['bot', 'reference'], ticketEmailQuote: ['date'],
};

export function linkManifest(input: ManifestInput): LinkedManifest {
  const { source, data, language, globals, intents, flowFiles, code, webhooks, reporter: rep } = input;
  const timezone = data.timezone ?? 'UTC';
  if (!IANAZone.isValidZone(timezone)) {
    rep.report('BATON_BAD_TIMEZONE', source, ['timezone'], `"${timezone}" is not an IANA time zone.`);
  }
  for (const name of Object.keys(webhooks)) {
    if (hasOwnEntry(code.actions, name)) rep.report('BATON_DUPLICATE_NAME', source, ['webhooks', name], `Webhook "${name}" has the name of an action of the bot's code.`, { part: 'key' });
  }
  const intentNames = new Set(Object.keys(intents.intents));
  for (const [role, intent] of Object.entries(data.globals ?? {})) {
    if (typeof intent === 'string' && !intentNames.has(intent)) rep.report('BATON_UNKNOWN_INTENT', source, ['globals', role], `"${intent}" is not an intent.`, { hint: didYouMean(intent, intentNames, 'Use an intent that exists.') });
  }

  const queues: Record<string, CompiledQueue> = {};
  for (const [name, q] of Object.entries(data.handoff?.queues ?? {})) {
    try {
      const hours = parseOpeningHours(q!.hours, q!.closed, IANAZone.isValidZone(timezone) ? timezone : 'UTC');
      queues[name] = { name, description: q!.description, hours, priority: q!.priority ?? 50, matchLanguage: q!.matchLanguage ?? false, ...(q!.typicalWait !== undefined ? { typicalWait: q!.typicalWait } : {}) };
    } catch (err) {
      if (!(err instanceof HoursError)) throw err;
      rep.report(err.badZone ? 'BATON_BAD_TIMEZONE' : 'BATON_BAD_HOURS', source, ['handoff', 'queues', name, 'hours'], err.message);
    }
  }
  const queueNames = new Set(Object.keys(data.handoff?.queues ?? {}));
  const defaultQueue = data.handoff?.default ?? [...queueNames][0];
  if (data.handoff?.default !== undefined && !queueNames.has(data.handoff.default)) {
    rep.report('BATON_UNKNOWN_QUEUE', source, ['handoff', 'default'], `"${data.handoff.default}" is not a queue of the manifest.`, { hint: didYouMean(data.handoff.default, queueNames, 'Use a queue under `handoff.queues`.') });
  }

  const flowStates = new Map<string, ReadonlySet<string>>();
  const enteredFromOutside = new Set<string>();
  for (const { source: flowSource, data: flow } of flowFiles) {
    const first = flowFiles.find((f) => f.data.flow === flow.flow)!;
    if (first.source !== flowSource) {
      const at = locate(first.source, ['flow']);
      rep.report('BATON_DUPLICATE_NAME', flowSource, ['flow'], `Flow "${flow.flow}" is already defined at ${first.source.file}:${at.line}:${at.col}.`);
      continue;
    }
    flowStates.set(flow.flow, new Set(Object.keys(flow.states)));
    for (const state of Object.values(flow.states)) if (state?.goto?.includes('.')) enteredFromOutside.add(state.goto);
  }

  // The language's built-in messages (English where its catalogue has none), each overridden by the manifest's own.
  const builtin = builtinMessages(language);
  const messages = {} as Record<MessageKey, Variations>;
  for (const key of Object.keys(builtin.messages) as MessageKey[]) {
    const own = checkTemplates(data.messages?.[key], new Set(MESSAGE_SLOTS[key] ?? []), source, ['messages', key], rep);
    messages[key] = own ?? builtin.messages[key];
  }
  const inEnglish = builtin.untranslated.filter((key) => data.messages?.[key] === undefined);
  if (inEnglish.length > 0) {
    const listed = inEnglish.length > 6 ? `${inEnglish.slice(0, 6).join(', ')} and ${inEnglish.length - 6} more` : inEnglish.join(', ');
    rep.report('BATON_UNTRANSLATED', source, ['locale'], `Baton's ${language.name} catalogue lacks ${inEnglish.length === 1 ? 'the built-in message' : `${inEnglish.length} built-in messages`} ${listed}: ${inEnglish.length === 1 ? 'it is' : 'they are'} said in English.`);
  }

  checkWebchatWords(data.webchat?.words, source, rep);

  const conversation: FlowPolicy = {
    interrupt: data.conversation?.interrupt ?? 'switch',
    resume: data.conversation?.resume ?? 'now',
    confirmCancel: data.conversation?.confirmCancel ?? false,
    anythingElse: data.conversation?.anythingElse ?? true,
  };
  const conversationSlots: Record<string, CompiledSlot> = {};
  const context: LinkContext = {
    reporter: rep, manifest: source, intents: intentNames, faq: new Set(Object.keys(intents.faq)), entities: intents.entities,
    code, webhooks, queues: queueNames, defaultQueue, flows: flowStates, globals, conversationSlots, conversation,
  };
  const slotNames = new Set(Object.keys(data.slots ?? {}));
  for (const [name, slot] of Object.entries(data.slots ?? {})) {
    conversationSlots[name] = linkSlot(name, slot!, { source, path: ['slots', name], templateNames: slotNames, scope: 'conversation' }, context);
  }

  const checkAfterFlows = (flows: LinkedFlows): void => {
    const flowNames = Object.keys(flows.flows);
    const checkFlow = (name: string | undefined, path: string[]): void => {
      if (name !== undefined && !hasOwnEntry(flows.flows, name)) rep.report('BATON_UNKNOWN_FLOW', source, path, `"${name}" is not a flow.`, { hint: didYouMean(name, flowNames, 'Use a flow that exists.') });
    };
    checkFlow(data.start, ['start']);
    checkFlow(data.handoff?.offline, ['handoff', 'offline']);
    const used = new Set<string>([...Object.keys(flows.triggers), ...Object.values(globals).flatMap((g) => g ?? [])]);
    for (const { data: flow } of flowFiles) for (const state of Object.values(flow.states)) for (const c of state?.choices ?? []) if (c.intent) used.add(c.intent);
    for (const intent of Object.values(intents.intents)) {
      if (used.has(intent.name)) continue;
      const at = intents.definedAt.get(intent.name)!;
      rep.report('BATON_UNUSED_INTENT', at.source, at.path, `Intent "${intent.name}" starts no flow and no global behaviour uses it.`, { part: 'key' });
    }
  };

  const bot: ManifestFields = {
    id: data.bot, name: data.name, description: data.description, locale: data.locale ?? 'en', timezone, country: data.country,
    start: data.start,
    nlu: {
      threshold: data.nlu?.threshold ?? 0.5,
      ambiguity: data.nlu?.ambiguity ?? 0.15,
      misunderstandings: data.nlu?.misunderstandings ?? 2,
      outOfScope: { unknownWords: data.nlu?.outOfScope?.unknownWords ?? DEFAULT_MAX_UNKNOWN, confidence: data.nlu?.outOfScope?.confidence ?? 'auto' },
    },
    globals,
    slots: conversationSlots,
    conversation,
    handoff: {
      queues, defaultQueue, offline: data.handoff?.offline,
      notify: (data.handoff?.notify ?? []).map((n) => ({ url: n.url, secretEnv: n.secretEnv, events: n.events ?? ['handoff.created', 'handoff.claimed', 'handoff.resolved'] })),
    },
    messages,
    ...(data.retention ? { retention: { days: data.retention.days } } : {}),
    ...(data.webchat ? { webchat: webchatSettings(data.webchat) } : {}),
  };
  return { bot, context, enteredFromOutside, checkAfterFlows };
}

function webchatSettings(webchat: Webchat): WebchatSettings {
  return {
    ...(webchat.privacy !== undefined ? { privacy: webchat.privacy.trim() } : {}),
    ...(webchat.embedOrigins ? { embedOrigins: [...webchat.embedOrigins] } : {}),
    ...(webchat.words ? { words: { ...webchat.words } } : {}),
  };
}
