// What the customer hears when an action or webhook fails: the sample bot's change-address flow with
// its address service answering `error`, stepped by the pure engine. The customer is told which
// system could not be reached before any handoff or offer of a person, unless the flow's `error`
// branch says words of its own.
import { join } from 'node:path';
import type { CompiledBot, CompiledFlow } from '../../src/config/compiledBot';
import { loadBot } from '../../src/config/loadBot';
import { newConversation, type ConversationState } from '../../src/engine/conversationState';
import type { Effect } from '../../src/engine/effects';
import { step } from '../../src/engine/step';
import type { Understanding } from '../../src/engine/understanding';

const acme = loadBot(join(__dirname, '..', '..', 'bots', 'acme.yaml')).bot as CompiledBot;
const OPEN = '2026-11-24T10:00:00Z'; // a Tuesday, 10:00 in London: the orders queue is open

function understood(intent: string | undefined, entities: Array<{ entity: string; value: string }> = []): Understanding {
  return {
    intents: intent ? [{ name: intent, confidence: 0.9 }] : [],
    outOfScope: intent === undefined,
    byPattern: false,
    entities: entities.map((e, i) => ({ start: i * 20, end: i * 20 + 10, raw: e.value, ...e })),
    sentiment: 0,
    truncated: false,
  };
}

/** Asks the bot to change order 12345's address; the address service then answers `outcome`. */
function changeAddress(bot: CompiledBot, outcome: string): Effect[] {
  let state: ConversationState = newConversation(bot.id, 'c1');
  const send = (input: Parameters<typeof step>[2]): Effect[] => {
    const result = step(bot, state, input);
    state = result.state;
    return [...result.effects];
  };
  send({ type: 'message', at: OPEN, text: 'change the address of 12345', understanding: understood('change_address', [{ entity: 'order_id', value: '12345' }]) });
  const effects = send({ type: 'message', at: OPEN, text: '1 High Street, London N1 1AA', understanding: understood(undefined) });
  const call = effects.find((e): e is Extract<Effect, { type: 'call' }> => e.type === 'call');
  expect(call).toMatchObject({ action: 'address_service' });
  return send({ type: 'actionResult', at: OPEN, callId: call!.callId, outcome, ...(outcome === 'error' ? { error: 'ECONNREFUSED' } : {}) });
}

const replies = (effects: readonly Effect[]): string[] => effects.flatMap((e) => (e.type === 'reply' ? [e.text] : []));

/** The sample bot with the change-address flow's `update` state mapping outcomes as given. */
function withUpdateOn(on: Record<string, string>, extra: Partial<CompiledBot> = {}): CompiledBot {
  const flow = acme.flows.change_address!;
  const update = flow.states.update!;
  const changed: CompiledFlow = { ...flow, states: { ...flow.states, update: { ...update, on } as typeof update, sorry: { name: 'sorry', kind: 'say', say: ['Our address system is down for maintenance until noon.'], next: 'human' } } };
  return { ...acme, ...extra, flows: { ...acme.flows, change_address: changed } };
}

describe('a failed action or webhook', () => {
  it('tells the customer which system it could not reach before the handoff its error branch leads to', () => {
    const effects = changeAddress(acme, 'error');
    expect(replies(effects)).toEqual(["I couldn't reach our address system just now."]);
    const said = effects.findIndex((e) => e.type === 'reply');
    const handoff = effects.findIndex((e) => e.type === 'handoff');
    expect(said).toBeGreaterThanOrEqual(0);
    expect(handoff).toBeGreaterThan(said);
    expect(effects[handoff]).toMatchObject({ packet: { reason: 'address_change_failed', actions: [{ action: 'address_service', outcome: 'error', error: 'ECONNREFUSED' }] } });
  });

  it('says nothing of it when the service answers', () => {
    expect(replies(changeAddress(acme, 'changed'))[0]).toBe('Order 12345 will now go to: 1 High Street, London N1 1AA.');
  });

  it('tells the customer before offering a person when the flow has no error branch', () => {
    const effects = changeAddress(withUpdateOn({ changed: 'changed', too_late: 'too_late' }), 'error');
    expect(replies(effects)).toEqual(["I couldn't reach our address system just now.", "I'm having trouble helping with this. Would you like to talk to a person?"]);
    expect(effects.some((e) => e.type === 'handoff')).toBe(false);
  });

  it('leaves the words to the flow when its error branch goes to a state that says something', () => {
    const effects = changeAddress(withUpdateOn({ changed: 'changed', too_late: 'too_late', error: 'sorry' }), 'error');
    expect(replies(effects)).toEqual(['Our address system is down for maintenance until noon.']);
    expect(effects.find((e) => e.type === 'handoff')).toMatchObject({ packet: { reason: 'address_change_failed' } });
  });

  it('calls a service with no title "our systems", in the words of the manifest when it has its own', () => {
    const untitled = { ...acme.webhooks.address_service! };
    delete (untitled as { title?: string }).title;
    expect(replies(changeAddress({ ...acme, webhooks: { address_service: untitled } }, 'error'))).toEqual(["I couldn't reach our systems just now."]);
    const ownWords = { ...acme, messages: { ...acme.messages, actionFailed: ['{{system}} is not answering, sorry.'] } };
    expect(replies(changeAddress(ownWords, 'error'))).toEqual(['our address system is not answering, sorry.']);
  });

  it("names an action of the bot's code by its title", () => {
    const action = { outcomes: ['changed', 'too_late'], title: 'our courier desk', run: () => ({ outcome: 'changed' }) };
    const inCode = { ...acme, webhooks: {}, code: { ...acme.code, actions: { ...acme.code.actions, address_service: action } } };
    expect(replies(changeAddress(inCode, 'error'))).toEqual(["I couldn't reach our courier desk just now."]);
  });

  it('still says the generic error for an outcome the flow does not map', () => {
    const effects = changeAddress(withUpdateOn({ too_late: 'too_late', error: 'human' }), 'changed');
    expect(replies(effects)).toEqual(['Sorry, something went wrong on my side. I can put you through to a person.', "I'm having trouble helping with this. Would you like to talk to a person?"]);
  });
});
