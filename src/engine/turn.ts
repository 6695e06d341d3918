// One step's working copy of a conversation: the engine changes this draft and collects effects;
// `step` returns the draft as the new state. The state passed in is never changed.
import type { CompiledBot, CompiledFlow, CompiledSlot, CompiledState, MessageKey } from '../config/compiledBot';
import { ownEntry } from '../config/ownEntry';
import type { CompiledCard as Card } from '../config/compiledBot';
import type { ConversationState, DerivedSlot, Frame, History, Prompt, TranscriptEntry } from './conversationState';
import { TRANSCRIPT_LIMIT } from './conversationState';
import type { AnalyticsEventName, Effect, QuickReply } from './effects';
import { derivedKey, splitDerivedKey } from './derivedKey';
import { pickVariation } from './pickVariation';
import type { SlotValue } from './slotValue';
import { slotText } from './slotText';
import { renderTemplate } from './template';
import { textStyle, type TextStyle } from './textStyle';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export class Turn {
  readonly effects: Effect[] = [];
  readonly state: Mutable<ConversationState>;
  readonly history: Mutable<History>;
  /** Transitions taken in this step, to stop a flow that loops without waiting for the customer. */
  transitions = 0;
  /** Which queues have an agent online, as the runtime knows it; a queue not listed counts as staffed. */
  staffed: Readonly<Record<string, boolean>> = {};

  readonly #flowSlots: Record<string, Record<string, SlotValue>>;
  readonly #derived: Record<string, DerivedSlot>;
  #style: TextStyle | undefined;

  constructor(readonly bot: CompiledBot, state: ConversationState, readonly at: string) {
    this.history = { ...state.history };
    this.#flowSlots = { ...state.flowSlots } as Record<string, Record<string, SlotValue>>;
    this.#derived = { ...state.derived };
    this.state = { ...state, slots: { ...state.slots }, flowSlots: this.#flowSlots, derived: this.#derived, stack: [...state.stack], transcript: [...state.transcript], history: this.history };
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

  /** A slot the active flow may use (its own or the conversation's), or a conversation slot outside flows. */
  slotDef(name: string, flow = this.frame?.flow): CompiledSlot | undefined {
    const compiled = flow !== undefined ? ownEntry(this.bot.flows, flow) : undefined;
    return (compiled ? ownEntry(compiled.slots, name) : undefined) ?? ownEntry(this.bot.slots, name);
  }

  /** The slot values a flow sees: the conversation's and its own (the active flow's by default). */
  slotsOf(flow = this.frame?.flow): Record<string, SlotValue> {
    const own = flow !== undefined ? this.#flowSlots[flow] : undefined;
    return own ? { ...this.state.slots, ...own } : { ...this.state.slots };
  }

  get slots(): Record<string, SlotValue> {
    return this.slotsOf();
  }

  slotValue(name: string, flow = this.frame?.flow): SlotValue | undefined {
    const own = flow !== undefined ? this.#flowSlots[flow] : undefined;
    return (own && Object.hasOwn(own, name) ? own[name] : undefined) ?? (Object.hasOwn(this.state.slots, name) ? this.state.slots[name] : undefined);
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

  /** Sets a slot where it lives: the conversation's, or the flow's own; false when neither declares it. */
  setSlot(name: string, value: SlotValue, flow = this.frame?.flow): boolean {
    const def = this.slotDef(name, flow);
    if (!def) return false;
    if (def.scope === 'conversation' || flow === undefined) (this.state.slots as Record<string, SlotValue>)[name] = value;
    else this.#flowSlots[flow] = { ...this.#flowSlots[flow], [name]: value };
    this.#outdate(name, value, def.scope === 'conversation' ? undefined : flow);
    return true;
  }

  /** Records that an action looked a slot up from the details the flow holds now. */
  markLookedUp(name: string, action: string, sources: Readonly<Record<string, SlotValue>>, flow = this.frame?.flow): void {
    this.#derived[derivedKey(this.slotDef(name, flow)?.scope === 'conversation' ? undefined : flow, name)] = { action, sources };
  }

  /** Whether a slot the flow sees was looked up by an action (and still holds). */
  isLookedUp(name: string, flow = this.frame?.flow): boolean {
    return Object.hasOwn(this.#derived, derivedKey(flow, name)) || Object.hasOwn(this.#derived, derivedKey(undefined, name));
  }

  /** Forgets the looked-up slots that were looked up from another value of this slot: derived details die with their source. */
  #outdate(name: string, value: SlotValue | undefined, owner: string | undefined): void {
    for (const [key, derived] of Object.entries(this.#derived)) {
      if (!Object.hasOwn(derived.sources, name)) continue;
      const [keyOwner, slot] = splitDerivedKey(key);
      if (owner !== undefined && keyOwner !== owner) continue;
      if (value !== undefined && JSON.stringify(derived.sources[name]) === JSON.stringify(value)) continue;
      delete this.#derived[key];
      this.clearSlot(slot, keyOwner);
    }
  }

  clearSlot(name: string, flow = this.frame?.flow): void {
    const def = this.slotDef(name, flow);
    delete this.#derived[derivedKey(def?.scope === 'conversation' ? undefined : flow, name)];
    if (flow !== undefined && def?.scope !== 'conversation' && this.#flowSlots[flow] && Object.hasOwn(this.#flowSlots[flow], name)) {
      const { [name]: _gone, ...rest } = this.#flowSlots[flow];
      this.#flowSlots[flow] = rest;
    }
    // A flow's slot may also sit among the conversation's, in a state saved before flows kept their own.
    delete (this.state.slots as Record<string, SlotValue>)[name];
    this.#outdate(name, undefined, def?.scope === 'conversation' ? undefined : flow);
  }

  /** Forgets a flow's own slots, except those kept. */
  forgetFlowSlots(flow: string, keep: readonly string[] = []): void {
    for (const key of Object.keys(this.#derived)) {
      const [owner, slot] = splitDerivedKey(key);
      if (owner === flow && !keep.includes(slot)) delete this.#derived[key];
    }
    const own = this.#flowSlots[flow];
    if (!own) return;
    const kept = Object.fromEntries(Object.entries(own).filter(([name]) => keep.includes(name)));
    if (Object.keys(kept).length > 0) this.#flowSlots[flow] = kept;
    else delete this.#flowSlots[flow];
  }

  /** Forgets every slot, the conversation's and every flow's. */
  forgetAllSlots(): void {
    this.state.slots = {};
    for (const key of Object.keys(this.#derived)) delete this.#derived[key];
    for (const flow of Object.keys(this.#flowSlots)) delete this.#flowSlots[flow];
  }

  setPrompt(prompt: Prompt | undefined): void {
    this.state.prompt = prompt;
  }

  /** How values read in this turn's messages: the bot's locale, zone and region, and the current year. */
  get style(): TextStyle {
    return (this.#style ??= textStyle(this.bot, this.at));
  }

  /** A slot's value as it reads in a message ("Friday 11 December", "086 123 4567"); empty when not set. */
  slotText(name: string): string {
    return slotText(this.bot, this.slotDef(name), this.slotValue(name), this.style);
  }

  /** Renders one variation of a text with the slots as they read (and extra values) and sends it. */
  say(variations: readonly string[] | undefined, key: string, options: { attempt?: number; values?: Record<string, unknown>; quickReplies?: readonly QuickReply[]; card?: Card } = {}): void {
    if (!variations || variations.length === 0) return;
    const template = pickVariation(variations, this.state.conversationId, key, options.attempt ?? 0);
    // Only the values the text names are made readable: formatting every slot for every message would be waste.
    const slots = this.slots;
    const extra = options.values ?? {};
    const valueOf = (name: string): unknown => (Object.hasOwn(extra, name) ? extra[name] : Object.hasOwn(slots, name) ? slotText(this.bot, this.slotDef(name), slots[name], this.style) : undefined);
    const card = options.card && renderCard(options.card, valueOf, this.style);
    this.reply(renderTemplate(template, valueOf, this.style), options.quickReplies, card);
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

function renderCard(card: Card, values: (name: string) => unknown, style: TextStyle): Card {
  return {
    ...card,
    title: renderTemplate(card.title, values, style),
    ...(card.subtitle !== undefined ? { subtitle: renderTemplate(card.subtitle, values, style) } : {}),
    ...(card.text !== undefined ? { text: renderTemplate(card.text, values, style) } : {}),
  };
}
