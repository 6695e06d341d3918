// The pure engine on the sample bot, with what the NLU understood written out by hand, so each
// rule of the state machine is checked on its own.
import { join } from 'node:path';
import type { CompiledBot } from '../../src/config/compiledBot';
import { loadBot } from '../../src/config/loadBot';
import { deepFreeze } from '../../src/config/deepFreeze';
import { allSlotValues, newConversation, type ConversationState } from '../../src/engine/conversationState';
import type { Effect } from '../../src/engine/effects';
import type { Input } from '../../src/engine/input';
import { migrateState } from '../../src/engine/migrateState';
import { step } from '../../src/engine/step';
import type { Understanding } from '../../src/engine/understanding';
import { handoffPacketErrors } from '../../src/handoff/handoffPacket';
import type { EntityMatch } from '../../src/nlu/entities/entitySpec';

const bot = loadBot(join(__dirname, '..', '..', 'bots', 'acme.yaml')).bot as CompiledBot;
const OPEN = '2026-11-24T10:00:00Z'; // a Tuesday, 10:00 in London: the orders queue is open
const CLOSED = '2026-11-29T10:00:00Z'; // a Sunday

function u(intent?: string, confidence = 0.9, entities: Array<Partial<EntityMatch> & { entity: string; value: EntityMatch['value'] }> = [], extra: Partial<Understanding> = {}): Understanding {
  return {
    intents: intent ? [{ name: intent, confidence }, { name: 'greet', confidence: (1 - confidence) / 2 }] : [],
    outOfScope: intent === undefined,
    byPattern: false,
    // Each entity at a place of its own in the message, as the NLU finds them.
    entities: entities.map((e, i) => ({ start: i * 20, end: i * 20 + 10, raw: String(e.value), ...e })),
    sentiment: 0,
    truncated: false,
    ...extra,
  };
}

class Chat {
  state: ConversationState = newConversation('acme', 'c1');
  effects: Effect[] = [];
  constructor(readonly at = OPEN) {}
  send(input: Input): Effect[] {
    const before = JSON.stringify(this.state);
    const result = step(bot, deepFreeze(this.state), input);
    expect(JSON.stringify(this.state)).toBe(before); // the engine never changes what it is given
    this.state = JSON.parse(JSON.stringify(result.state));
    this.effects = [...result.effects];
    return this.effects;
  }
  say(text: string, understanding: Understanding, payload?: string): Effect[] {
    return this.send({ type: 'message', at: this.at, text, payload, understanding });
  }
  get replies(): string[] {
    return this.effects.flatMap((e) => (e.type === 'reply' ? [e.text] : []));
  }
  get call(): Extract<Effect, { type: 'call' }> | undefined {
    return this.effects.find((e): e is Extract<Effect, { type: 'call' }> => e.type === 'call');
  }
}

describe('the engine', () => {
  it('greets a new conversation with the start flow', () => {
    const chat = new Chat();
    chat.send({ type: 'start', at: OPEN });
    expect(chat.replies[0]).toMatch(/Acme's assistant|Hello!/);
    expect(chat.state.stack).toEqual([]);
  });

  it('fills two slots from one message and skips both questions', () => {
    const chat = new Chat();
    chat.say('I want to return order #12346, it arrived broken', u('return_item', 0.9, [
      { entity: 'order_id', value: '12346', raw: '#12346' },
      { entity: 'return_item.reason', value: 'damaged', raw: 'broken' },
    ]));
    expect(allSlotValues(chat.state)).toMatchObject({ order_id: '12346', reason: 'damaged' });
    expect(chat.call).toMatchObject({ action: 'return_policy', slots: { order_id: '12346', reason: 'damaged' } });
    expect(chat.replies).toEqual([]);
  });

  it('asks for each missing slot, re-asks with the invalid text, and accepts a correction', () => {
    const chat = new Chat();
    chat.say('I want to return something', u('return_item'));
    expect(chat.replies).toEqual(['Which order is it? It looks like #12345.']);
    chat.say('blue', u(undefined));
    expect(chat.replies).toEqual(['Order numbers have five digits, like #12345.', 'Which order is it? It looks like #12345.']);
    chat.say('#12345', u(undefined, 0, [{ entity: 'order_id', value: '12345' }]));
    expect(chat.replies).toEqual(['Why are you sending it back?']);
    chat.say("sorry, it's #12346", u(undefined, 0, [{ entity: 'order_id', value: '12346', raw: '#12346' }]));
    expect(chat.state.slots.order_id).toBe('12346');
    expect(chat.replies).toEqual(['Got it: #12346.', 'Why are you sending it back?']);
  });

  it('answers an FAQ in the middle of a form and resumes where it was, without re-asking', () => {
    const chat = new Chat();
    chat.say('return order 12346', u('return_item', 0.9, [{ entity: 'order_id', value: '12346' }]));
    expect(chat.replies).toEqual(['Why are you sending it back?']);
    chat.say('how long do I have to return it?', u('return_window'));
    expect(chat.replies).toEqual(['You can return any item within 30 days of delivery, free of charge.', 'Back to your return:', 'Why are you sending it back?']);
    expect(chat.state.history.faqShown).toEqual(['return_window']);
  });

  it('starts another flow when asked mid-form and resumes the first when it is done', () => {
    const chat = new Chat();
    chat.say('return order 12346', u('return_item', 0.9, [{ entity: 'order_id', value: '12346' }]));
    chat.say('actually I forgot my password', u('reset_password'));
    expect(chat.replies).toEqual(["What's the email address of your account?"]);
    chat.say('sam@example.com', u(undefined, 0, [{ entity: 'email', value: 'sam@example.com' }]));
    expect(chat.replies).toEqual(['Just to check: sam@example.com. Is that right?']);
    chat.say('yes', u('affirm'), 'yes');
    expect(chat.replies).toEqual([
      'If sam@example.com has an Acme account, a reset link is on its way. It works for an hour.',
      'Back to your return:',
      'Why are you sending it back?',
    ]);
    expect(chat.state.stack.map((f) => f.flow)).toEqual(['return_item']);
  });

  it('takes an action\'s slots into the flow, forgets those it returns as null, and drops an undeclared one with a warning', () => {
    const chat = new Chat();
    chat.say('return 12346 it is damaged', u('return_item', 0.9, [{ entity: 'order_id', value: '12346' }, { entity: 'return_item.reason', value: 'damaged' }]));
    expect(chat.state.flowSlots.return_item).toEqual({ reason: 'damaged' });
    chat.send({ type: 'actionResult', at: OPEN, callId: chat.call!.callId, outcome: 'eligible', slots: { order_item: 'phone charger', reason: null, warehouse_note: 'x' } });
    expect(chat.state.slots).toEqual({ order_id: '12346' });
    expect(chat.state.flowSlots.return_item).toEqual({ order_item: 'phone charger' });
    expect(chat.effects).toContainEqual({ type: 'warning', code: 'BATON_UNDECLARED_SLOT', message: expect.stringContaining('"warehouse_note"') });
  });

  it('maps action outcomes to states and a failed action to the error state', () => {
    const chat = new Chat();
    chat.say('return 34567 it is damaged', u('return_item', 0.9, [{ entity: 'order_id', value: '34567' }, { entity: 'return_item.reason', value: 'damaged' }]));
    chat.send({ type: 'actionResult', at: OPEN, callId: chat.call!.callId, outcome: 'too_late' });
    expect(chat.replies[0]).toBe('Order 34567 is past the 30-day return window. Let me find someone who can look at it.');
    const handoff = chat.effects.find((e) => e.type === 'handoff');
    expect(handoff).toMatchObject({ mode: 'queue', packet: { queue: 'orders', reason: 'return_outside_window' } });

    const other = new Chat();
    other.say('change the address of 12345', u('change_address', 0.9, [{ entity: 'order_id', value: '12345' }]));
    other.say('1 High Street, London N1 1AA', u(undefined));
    other.send({ type: 'actionResult', at: OPEN, callId: other.call!.callId, outcome: 'error', error: 'ECONNREFUSED' });
    expect(other.effects.find((e) => e.type === 'handoff')).toMatchObject({ packet: { reason: 'address_change_failed', actions: [{ action: 'address_service', outcome: 'error', error: 'ECONNREFUSED' }] } });
  });

  it('builds a handoff packet that its schema accepts, with slots, intents and transcript', () => {
    const chat = new Chat();
    chat.say('I want to return 34567, it is damaged', u('return_item', 0.88, [{ entity: 'order_id', value: '34567' }, { entity: 'return_item.reason', value: 'damaged' }]));
    chat.send({ type: 'actionResult', at: OPEN, callId: chat.call!.callId, outcome: 'too_late' });
    const effect = chat.effects.find((e): e is Extract<Effect, { type: 'handoff' }> => e.type === 'handoff')!;
    expect(handoffPacketErrors(effect.packet)).toEqual([]);
    expect(effect.packet).toMatchObject({
      conversationId: 'c1', botId: 'acme', queue: 'orders', summary: expect.stringContaining('Return an item'),
      intents: [{ name: 'return_item', confidence: 0.88 }], slots: { filled: { order_id: '34567', reason: 'damaged' } },
      flow: { name: 'return_item', state: 'human' }, actions: [{ action: 'return_policy', outcome: 'too_late' }],
    });
    expect(effect.packet.transcript.map((t) => t.from)).toEqual(['customer', 'bot']);
    expect(chat.state.status).toBe('handoff');
  });

  it('runs the offline flow when the queue is closed and keeps the handoff as a ticket', () => {
    const chat = new Chat(CLOSED);
    chat.say('I want to talk to a person', u('talk_to_human'));
    expect(chat.replies.slice(-2)).toEqual(["We're closed now; we open again tomorrow at 8:00.", "I'll take a message for the team. What email address should we reply to?"]);
    chat.say('kim@example.net', u(undefined, 0, [{ entity: 'email', value: 'kim@example.net' }]));
    chat.say('my shoes are the wrong size', u(undefined));
    const ticket = chat.effects.find((e) => e.type === 'handoff');
    expect(ticket).toMatchObject({ mode: 'ticket', packet: { reason: 'customer_asked', customer: { email: 'kim@example.net' }, slots: { filled: { message: 'my shoes are the wrong size' } } } });
    expect(chat.state.status).toBe('bot');
  });

  it('forwards messages to the agent during a handoff and resumes with the slots the agent corrected', () => {
    const chat = new Chat();
    chat.say('I want to talk to a person', u('talk_to_human'));
    expect(chat.state.status).toBe('handoff');
    chat.say('hello?', u('greet'));
    expect(chat.effects.filter((e) => e.type !== 'event')).toEqual([{ type: 'forward', text: 'hello?' }]);
    chat.send({ type: 'handBack', at: OPEN, flow: 'return_item', state: 'start', slots: { order_id: '12346', reason: 'wrong item' } });
    expect(chat.state.status).toBe('bot');
    expect(chat.call).toMatchObject({ action: 'return_policy', slots: { order_id: '12346', reason: 'wrong item' } });
  });

  it('asks "did you mean" when two intents are close, and rephrasing otherwise, then offers a human', () => {
    const chat = new Chat();
    chat.say('order thing', { ...u(), intents: [{ name: 'order_status', confidence: 0.4 }, { name: 'cancel_order', confidence: 0.35 }], outOfScope: false });
    expect(chat.effects.find((e) => e.type === 'reply')).toMatchObject({ text: 'Did you mean one of these?', quickReplies: [{ title: 'Track an order', payload: 'intent:order_status' }, { title: 'Cancel an order', payload: 'intent:cancel_order' }] });
    chat.say('Track an order', u(), 'intent:order_status');
    expect(chat.replies).toEqual(['Which order is it? The number looks like #12345.']);

    const lost = new Chat();
    lost.say('flibber', u());
    expect(lost.replies[0]).toMatch(/didn't get that|not sure I understood/);
    lost.say('wibble', u());
    expect(lost.replies).toEqual(["I'm having trouble helping with this. Would you like to talk to a person?"]);
    lost.say('yes', u('affirm'), 'yes');
    expect(lost.effects.find((e) => e.type === 'handoff')).toMatchObject({ packet: { reason: 'not_understood', frustration: { misunderstandings: 2 } } });
  });

  it('asks "did that answer your question?" after an FAQ and offers a human on no', () => {
    const chat = new Chat();
    chat.say('how much is shipping', u('shipping_cost'));
    expect(chat.replies).toEqual(['Shipping is free on orders over £50; otherwise it is £4.99.', 'Did that answer your question?']);
    chat.say('no', u('deny'), 'no');
    expect(chat.effects).toContainEqual({ type: 'event', name: 'faq_feedback', data: { faq: 'shipping_cost', helpful: false } });
    expect(chat.replies).toEqual(["I'm having trouble helping with this. Would you like to talk to a person?"]);
  });

  it('cancels the current flow on the global cancel intent', () => {
    const chat = new Chat();
    chat.say('return something', u('return_item'));
    chat.say('stop', u('cancel'));
    expect(chat.state.stack).toEqual([]);
    expect(chat.replies[0]).toBe('OK, I stopped that. What else can I help you with?');
  });

  it('ends with anything-else and a 1-to-5 rating', () => {
    const chat = new Chat();
    chat.say('reset my password', u('reset_password'));
    chat.say('sam@example.com', u(undefined, 0, [{ entity: 'email', value: 'sam@example.com' }]));
    chat.say('yes', u('affirm'), 'yes');
    expect(chat.replies.at(-1)).toBe('Is there anything else I can help you with?');
    chat.say('no thanks', u('deny'));
    expect(chat.replies).toEqual(['Before you go: how would you rate this conversation, from 1 (poor) to 5 (great)?']);
    chat.say('4', u());
    expect(chat.effects).toContainEqual({ type: 'event', name: 'satisfaction', data: { score: 4 } });
    expect(chat.state.status).toBe('ended');
  });

  describe('with bad input', () => {
    it('re-asks the pending question for an empty or whitespace-only message', () => {
      const chat = new Chat();
      chat.say('return', u('return_item'));
      chat.say('   ', u());
      expect(chat.replies).toEqual(['Which order is it? It looks like #12345.']);
      expect(chat.state.misunderstandings).toBe(0);
    });

    it('treats emoji only as not understood', () => {
      const chat = new Chat();
      chat.say('🙂🙂', u());
      expect(chat.replies[0]).toMatch(/didn't get that|not sure I understood/);
    });

    it('says it read only the beginning of a message that was too long', () => {
      const chat = new Chat();
      chat.say('x'.repeat(20_000), u('order_status', 0.9, [], { truncated: true }));
      expect(chat.replies[0]).toBe("That's a long message: I read the beginning of it.");
      expect(chat.state.transcript[0]!.text.length).toBe(20_000);
    });

    it('answers an unknown button payload by asking again', () => {
      const chat = new Chat();
      chat.say('return', u('return_item'));
      chat.say('', u(), 'choice:99');
      expect(chat.replies.at(-1)).toBe('Which order is it? It looks like #12345.');
    });

    it('restarts a state saved by an older version and tells the customer, keeping readable slots', () => {
      const state = migrateState({ version: 0, flow: 'return_item', slots: { email: 'sam@example.com', bad: { x: 1 } } }, 'acme', 'c9');
      const result = step(bot, state, { type: 'message', at: OPEN, text: 'hi', understanding: u('greet') });
      expect(result.effects[0]).toMatchObject({ type: 'reply', text: expect.stringContaining("I've been updated") });
      expect(result.state.slots).toEqual({ email: 'sam@example.com' });
      expect(migrateState(result.state, 'acme', 'c9')).toBe(result.state);
    });

    it('turns an outcome the action does not declare into the error outcome', () => {
      const chat = new Chat();
      chat.say('return 12346 damaged', u('return_item', 0.9, [{ entity: 'order_id', value: '12346' }, { entity: 'return_item.reason', value: 'damaged' }]));
      chat.send({ type: 'actionResult', at: OPEN, callId: chat.call!.callId, outcome: 'maybe' });
      expect(chat.state.history.actions).toEqual([{ action: 'return_policy', outcome: 'error', at: OPEN, error: 'unknown outcome "maybe"' }]);
    });
  });
});
