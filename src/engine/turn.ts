// One step's working copy of a conversation: the engine changes this draft and collects effects;
// `step` returns the draft as the new state. The state passed in is never changed.
import type { CompiledBot, CompiledFlow, CompiledSlot, CompiledState, MessageKey } from '../config/compiledBot';
import type { Card } from '../config/formats.generated';
import type { ConversationState, Frame, History, Prompt, TranscriptEntry } from './conversationState';
import { TRANSCRIPT_LIMIT } from './conversationState';
import type { AnalyticsEventName, Effect, QuickReply } from './effects';
import { pickVariation } from './pickVariation';
import type { SlotValue } from './slotValue';
import { renderTemplate } from './template';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export class Turn {
  readonly effects: Effect[] = [];
  readonly state: Mutable<ConversationState>;
  readonly history: Mutable<History>;
  /** Transitions taken in this step, to stop a flow that loops without waiting for the customer. */
  transitions = 0;
  /** Which queues have an agent online, as the runtime knows it; a queue not listed counts as staffed. */
  staffed: Readonly<Record<string, boolean>> = {};

  constructor(readonly bot: CompiledBot, state: ConversationState, readonly at: string) {
    this.history = { ...state.history };
    this.state = { ...state, slots: { ...state.slots }, stack: [...state.stack], transcript: [...state.transcript], history: this.history };
  }

  get frame(): Frame | undefined {
    return this.state.stack[this.state.stack.length - 1];
  }

  get flow(): CompiledFlow | undefined {
    const frame = this.frame;
    return frame ? this.bot.flows[frame.flow] : undefined;
  }

  get current(): CompiledState | undefined {
    const frame = this.frame;
    return frame ? this.bot.flows[frame.flow]?.states[frame.state] : undefined;
  }

  slotDef(name: string): CompiledSlot | undefined {
    return this.flow?.slots[name];
  }

  setFrame(frame: Frame): void {
    const stack = this.state.stack as Frame[];
    stack[stack.length - 1] = frame;
  }

  pushFrame(frame: Frame): void {
    (this.state.stack as Frame[]).push(frame);
  }

  popFrame(): Frame | undefined {
    return (this.state.stack as Frame[]).pop();
  }

  setSlot(name: string, value: SlotValue): void {
    (this.state.slots as Record<string, SlotValue>)[name] = value;
  }

  clearSlot(name: string): void {
    delete (this.state.slots as Record<string, SlotValue>)[name];
  }

  setPrompt(prompt: Prompt | undefined): void {
    this.state.prompt = prompt;
  }

  /** Renders one variation of a text with the slots (and extra values) and sends it. */
  say(variations: readonly string[] | undefined, key: string, options: { attempt?: number; values?: Record<string, unknown>; quickReplies?: readonly QuickReply[]; card?: Card } = {}): void {
    if (!variations || variations.length === 0) return;
    const template = pickVariation(variations, this.state.conversationId, key, options.attempt ?? 0);
    const values = { ...this.state.slots, ...options.values };
    const card = options.card && renderCard(options.card, values);
    this.reply(renderTemplate(template, values), options.quickReplies, card);
  }

  /** Says one of the bot's own messages. */
  message(key: MessageKey, options: { values?: Record<string, unknown>; quickReplies?: readonly QuickReply[] } = {}): void {
    this.say(this.bot.messages[key], `message:${key}`, options);
  }

  reply(text: string, quickReplies?: readonly QuickReply[], card?: Card): void {
    this.effects.push({ type: 'reply', text, ...(quickReplies && quickReplies.length > 0 ? { quickReplies } : {}), ...(card ? { card } : {}) });
    this.record({ at: this.at, from: 'bot', text });
  }

  event(name: AnalyticsEventName, data: Record<string, string | number | boolean> = {}): void {
    this.effects.push({ type: 'event', name, data });
  }

  record(entry: TranscriptEntry): void {
    const transcript = this.state.transcript as TranscriptEntry[];
    transcript.push(entry);
    this.state.transcriptTotal += 1;
    if (transcript.length > TRANSCRIPT_LIMIT) transcript.splice(0, transcript.length - TRANSCRIPT_LIMIT);
  }

  finish(): ConversationState {
    return this.state;
  }
}

function renderCard(card: Card, values: Record<string, unknown>): Card {
  return {
    ...card,
    title: renderTemplate(card.title, values),
    ...(card.subtitle !== undefined ? { subtitle: renderTemplate(card.subtitle, values) } : {}),
    ...(card.text !== undefined ? { text: renderTemplate(card.text, values) } : {}),
  };
}
