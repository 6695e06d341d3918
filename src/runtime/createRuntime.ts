// The runtime between channels and the engine: loads a conversation's state, understands the
// message, steps the engine, runs the effects it asks for (actions and webhooks, whose results go
// back in as inputs), and saves. Turns of one conversation run one at a time, in order.
import { botInLanguage } from '../config/botInLanguage';
import type { CompiledBot } from '../config/compiledBot';
import type { AttachmentRef } from '../engine/attachmentRef';
import type { ConversationState, CustomerIdentity } from '../engine/conversationState';
import type { Effect, QuickReply } from '../engine/effects';
import type { Input } from '../engine/input';
import { conversationLanguage } from '../engine/conversationLanguage';
import { migrateState } from '../engine/migrateState';
import type { SlotValue } from '../engine/slotValue';
import { step } from '../engine/step';
import type { Understanding } from '../engine/understanding';
import type { HandoffPacket } from '../handoff/handoffPacket';
import type { ConversationStore } from '../store/conversationStore';
import type { ActionOutcome } from './actionOutcome';
import type { BotNlu } from './botNlu';
import { callWebhook } from './callWebhook';
import { systemClock, type Clock } from './clock';
import { recognizeCustomer } from './recognizeCustomer';
import { detectedLanguage } from './detectedLanguage';
import { runAction } from './runAction';
import { webhookUrl } from './webhookUrl';
import { localTurnLock, type TurnLock } from './turnLock';

export interface RuntimeOptions {
  readonly bot: CompiledBot;
  readonly nlu: BotNlu;
  readonly store: ConversationStore;
  readonly clock?: Clock;
  /** Time limit of an action registered in code; webhooks have their own. Default 10 s. */
  readonly actionTimeoutMs?: number;
  /** The address of the server running the bot (`http://127.0.0.1:3978`), for webhooks whose URL is a path. */
  readonly ownUrl?: () => string | undefined;
  /** Longer messages are understood from their beginning only. Default 2,000 characters. */
  readonly maxUnderstoodChars?: number;
  /**
   * Called for every effect, after the state is saved: handoffs, forwards and analytics events.
   * Replies it returns are added to the turn's, e.g. the customer's place in the queue.
   */
  readonly onEffect?: (conversationId: string, effect: Effect, state: ConversationState) => void | readonly Reply[] | Promise<void | readonly Reply[]>;
  /**
   * Serialises turns of one conversation. Default: in this process only; processes sharing a Redis
   * store pass redisTurnLock, and turns then save under their lease.
   */
  readonly lock?: TurnLock;
  /** Which queues have an agent online now who can take a conversation in `language`; a queue not listed counts as staffed. */
  readonly staffing?: (language: string) => Promise<Readonly<Record<string, boolean>>> | Readonly<Record<string, boolean>>;
  /** Replies added after the turn's own (and after a welcome back), e.g. the answers to a returning customer's tickets. */
  readonly welcomeReplies?: (bot: CompiledBot, before: ConversationState, after: ConversationState) => Promise<readonly Reply[]>;
  /** Called after every finished turn with its wall-clock duration, e.g. for metrics. */
  readonly onTurn?: (outcome: TurnOutcome, durationMs: number) => void;
  /** Called when a turn fails; the error still reaches the caller. */
  readonly onTurnError?: (error: unknown, conversationId: string) => void;
}

export interface Reply {
  readonly text: string;
  readonly quickReplies?: readonly QuickReply[];
  readonly card?: Extract<Effect, { type: 'reply' }>['card'];
  /** Files sent with the message (an agent's): channels send them as attachments. */
  readonly attachments?: readonly AttachmentRef[];
  /** Who says it when a person, not the bot, does (an agent's message): channels show their name. */
  readonly from?: ReplySender;
  /** Not a message but "`from` is typing": channels without typing indicators drop it. */
  readonly typing?: true;
}

/** A person who speaks in the conversation besides the bot. */
export interface ReplySender {
  readonly kind: 'agent';
  readonly id: string;
  readonly name: string;
}

export interface TurnOutcome {
  readonly conversationId: string;
  readonly replies: readonly Reply[];
  readonly effects: readonly Effect[];
  readonly handoff?: { readonly packet: HandoffPacket; readonly mode: 'queue' | 'ticket' };
  readonly state: ConversationState;
  readonly understanding?: Understanding;
}

/**
 * `replayed`: a message the transcript already holds (typed while an agent had the conversation), now answered by the bot.
 * `language`: a language the customer chose, by code or locale ("es", "es-ES"): the conversation switches to it when the bot serves it, and keeps its own otherwise.
 * `locale`: the channel's locale (Direct Line's and Teams' `locale`): the conversation goes on in it, when the bot serves it, until the customer chose a language or wrote in another.
 */
export type CustomerInput = { readonly text?: string; readonly payload?: string; readonly attachments?: readonly AttachmentRef[]; readonly customer?: CustomerIdentity; readonly replayed?: boolean; readonly language?: string; readonly locale?: string };

/** `language`: chosen (see CustomerInput); `locale`: the channel's. */
export type StartOptions = { readonly language?: string; readonly locale?: string };

type TurnInput = { input: Input; understanding?: Understanding };

/** The most action calls one turn may chain before the runtime stops the flow. */
const MAX_CALLS_PER_TURN = 10;

export interface Runtime {
  readonly bot: CompiledBot;
  /** Starts a conversation, in `options.language` (a code or locale) when the bot serves it, else in its main language. */
  start(conversationId: string, customer?: CustomerIdentity, options?: StartOptions): Promise<TurnOutcome>;
  message(conversationId: string, input: CustomerInput): Promise<TurnOutcome>;
  handBack(conversationId: string, target: { flow?: string; state?: string; slots?: Record<string, SlotValue>; agent?: string }): Promise<TurnOutcome>;
  timer(conversationId: string, name: string): Promise<TurnOutcome>;
  /** The customer left (closed the chat, started a new one): the conversation ends, a handoff it waits in is closed. */
  leave(conversationId: string): Promise<TurnOutcome>;
  /** Serves a new bot from the next turn on; conversations keep their state. */
  swap(bot: CompiledBot, nlu: BotNlu): void;
}

export function createRuntime(options: RuntimeOptions): Runtime {
  let bot = options.bot;
  let nlu = options.nlu;
  const clock = options.clock ?? systemClock;
  const lock = options.lock ?? localTurnLock();
  const maxChars = options.maxUnderstoodChars ?? 2000;

  const turn = (conversationId: string, makeInput: (at: string, state: ConversationState) => TurnInput | Promise<TurnInput>): Promise<TurnOutcome> => {
    const startedAt = performance.now();
    return lock.run(bot.id, conversationId, async (lease) => {
      const current = bot;
      const stored = await options.store.loadState(current.id, conversationId);
      const before = migrateState(stored, current.id, conversationId);
      let state = before;
      const { input, understanding } = await makeInput(clock.now().toISOString(), state);
      let result = step(current, state, input);
      const effects: Effect[] = [...result.effects];
      for (let calls = 0; ; calls++) {
        const call = result.effects.find((e): e is Extract<Effect, { type: 'call' }> => e.type === 'call');
        if (!call) break;
        const outcome: ActionOutcome = calls >= MAX_CALLS_PER_TURN
          ? { outcome: 'error', error: `more than ${MAX_CALLS_PER_TURN} actions in one turn` }
          : await perform(current, conversationId, call, result.state.language ?? current.languages[0]!);
        result = step(current, result.state, { type: 'actionResult', at: clock.now().toISOString(), callId: call.callId, ...outcome });
        effects.push(...result.effects);
      }
      state = result.state;
      await options.store.saveState(state, lease ? { lease } : undefined);
      const replies: Reply[] = effects.flatMap((e) => (e.type === 'reply' ? [{ text: e.text, ...(e.quickReplies ? { quickReplies: e.quickReplies } : {}), ...(e.card ? { card: e.card } : {}) }] : []));
      // The turn is saved: a profile that cannot be linked now must not fail it for the customer.
      replies.push(...await recognizeCustomer(options.store, botInLanguage(current, state.language), before, state).catch(() => []));
      if (options.welcomeReplies) replies.push(...await options.welcomeReplies(botInLanguage(current, state.language), before, state).catch(() => []));
      for (const effect of effects) {
        const extra = await options.onEffect?.(conversationId, effect, state);
        if (extra) replies.push(...extra);
      }
      const handoff = effects.find((e): e is Extract<Effect, { type: 'handoff' }> => e.type === 'handoff');
      return {
        conversationId,
        replies,
        effects,
        ...(handoff ? { handoff: { packet: handoff.packet, mode: handoff.mode } } : {}),
        state,
        ...(understanding ? { understanding } : {}),
      };
    }).then((outcome) => {
      options.onTurn?.(outcome, performance.now() - startedAt);
      return outcome;
    }, (error: unknown) => {
      options.onTurnError?.(error, conversationId);
      throw error;
    });
  };

  const perform = async (current: CompiledBot, conversationId: string, call: Extract<Effect, { type: 'call' }>, language: string): Promise<ActionOutcome> => {
    const code = current.code.actions[call.action];
    if (code) return runAction(code, { conversationId, slots: call.slots, language }, options.actionTimeoutMs ?? 10_000);
    const hook = current.webhooks[call.action];
    if (hook) {
      const url = webhookUrl(hook.url, options.ownUrl?.());
      if (url === undefined) return { outcome: 'error', error: `${hook.url} is a path on the server, and no server runs this bot` };
      return callWebhook(url === hook.url ? hook : { ...hook, url }, { conversationId, slots: call.slots, language });
    }
    return { outcome: 'error', error: `no action named ${call.action}` };
  };

  return {
    get bot() {
      return bot;
    },
    start: (id, customer, { language, locale } = {}) => turn(id, (at) => ({ input: { type: 'start', at, ...(customer ? { customer } : {}), ...(language !== undefined ? { language } : {}), ...(locale !== undefined ? { locale } : {}) } })),
    message: (id, { text = '', payload, attachments, customer, replayed, language, locale }) =>
      turn(id, async (at, state) => {
        // Understood in the language the step will speak: a young conversation's may be detected from the words.
        const detected = detectedLanguage(bot, state, text.slice(0, maxChars), language);
        const spoken = conversationLanguage(bot, state, { asked: language, detected, locale }).language;
        const understanding = nlu.understand(text.slice(0, maxChars), new Date(at), spoken);
        const truncated = text.length > maxChars ? { ...understanding, truncated: true } : understanding;
        const staffed = await options.staffing?.(spoken);
        return { input: { type: 'message', at, text, ...(payload !== undefined ? { payload } : {}), ...(attachments?.length ? { attachments } : {}), ...(customer ? { customer } : {}), ...(staffed ? { staffed } : {}), ...(replayed ? { replayed } : {}), ...(language !== undefined ? { language } : {}), ...(locale !== undefined ? { locale } : {}), ...(detected !== undefined ? { detected } : {}), understanding: truncated }, understanding: truncated };
      }),
    handBack: (id, target) => turn(id, (at) => ({ input: { type: 'handBack', at, ...target } })),
    timer: (id, name) => turn(id, (at) => ({ input: { type: 'timer', at, name } })),
    leave: (id) => turn(id, (at) => ({ input: { type: 'left', at } })),
    swap: (nextBot, nextNlu) => {
      bot = nextBot;
      nlu = nextNlu;
    },
  };
}
