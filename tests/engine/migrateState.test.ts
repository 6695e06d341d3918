// Stored states of earlier releases: a version-1 state (recorded from the sample bot before
// transcriptTotal existed) carries over step by step and the conversation goes on where it was;
// unknown or garbled formats restart the conversation, keeping the slots they can read.
import { join } from 'node:path';
import type { CompiledBot } from '../../src/config/compiledBot';
import { loadBot } from '../../src/config/loadBot';
import { allSlotValues, newConversation, STATE_VERSION, type ConversationState } from '../../src/engine/conversationState';
import type { Effect } from '../../src/engine/effects';
import { migrateState } from '../../src/engine/migrateState';
import { step } from '../../src/engine/step';
import type { Understanding } from '../../src/engine/understanding';
import { createBotNlu } from '../../src/nlu/createBotNlu';
import { manualClock } from '../../src/runtime/clock';
import { createRuntime } from '../../src/runtime/createRuntime';
import { createMemoryStore } from '../../src/store/memoryStore';
import returnItemV1 from './fixtures/stateV1ReturnItem.json';
import faqFollowUpV1 from './fixtures/stateV1FaqFollowUp.json';

const bot = loadBot(join(__dirname, '..', '..', 'bots', 'acme.yaml')).bot as CompiledBot;
const LATER = '2026-11-24T10:01:00.000Z';

const understood = (entities: Understanding['entities'] = []): Understanding => ({ intents: [], outOfScope: true, byPattern: false, entities, sentiment: 0, truncated: false });
const replies = (effects: readonly Effect[]): string[] => effects.flatMap((e) => (e.type === 'reply' ? [e.text] : []));
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('migrating a stored state', () => {
  it('carries a version-1 state over to the current version as it was, counting the transcript it holds', () => {
    const state = migrateState(copy(returnItemV1), 'acme', 'web-v1-fixture');
    expect(STATE_VERSION).toBe(3);
    expect(state).toStrictEqual({ ...returnItemV1, version: 3, transcriptTotal: 5, flowSlots: {} });
    expect(state.notice).toBeUndefined();
  });

  it('goes on with a version-1 conversation in the middle of a flow: the answer fills the slot it was waiting for', () => {
    const state = migrateState(copy(returnItemV1), 'acme', 'web-v1-fixture');
    const result = step(bot, state, { type: 'message', at: LATER, text: 'it arrived damaged', understanding: understood([{ entity: 'return_item.reason', value: 'damaged', start: 11, end: 18, raw: 'damaged' }]) });
    expect(replies(result.effects).join(' ')).not.toMatch(/updated/);
    expect(allSlotValues(result.state)).toEqual({ order_id: '12346', reason: 'damaged' });
    expect(result.effects).toContainEqual(expect.objectContaining({ type: 'call', action: 'return_policy', slots: expect.objectContaining({ order_id: '12346', reason: 'damaged' }) }));
    expect(result.state).toMatchObject({ status: 'bot', turn: 3, customer: returnItemV1.customer, transcriptTotal: 6 });
  });

  it('goes on with a version-1 conversation waiting on a prompt: the answer is taken as the answer to it', () => {
    const state = migrateState(copy(faqFollowUpV1), 'acme', 'teams-v1-fixture');
    expect(state.prompt).toEqual({ kind: 'faqFollowUp', faq: 'shipping_cost' });
    const result = step(bot, state, { type: 'message', at: LATER, text: 'no', payload: 'no', understanding: understood() });
    expect(result.state.prompt).toEqual({ kind: 'offerHuman', reason: 'faq_not_helpful' });
    expect(result.effects).toContainEqual({ type: 'event', name: 'faq_feedback', data: { faq: 'shipping_cost', helpful: false } });
    expect(result.state.transcript.slice(0, faqFollowUpV1.transcript.length)).toEqual(faqFollowUpV1.transcript);
    expect(result.state.transcriptTotal).toBe(result.state.transcript.length);
  });

  it('uses a current state as it is', () => {
    const state: ConversationState = { ...newConversation('acme', 'c1'), transcriptTotal: 250 };
    expect(migrateState(state, 'acme', 'c1')).toBe(state);
  });

  it.each([
    ['a format it does not know', { version: 0, flow: 'return_item', slots: { email: 'sam@example.com', bad: { x: 1 } } }],
    ['a later release', { ...returnItemV1, version: STATE_VERSION + 1, slots: { email: 'sam@example.com' } }],
    ['a garbled version-1 state', { ...returnItemV1, stack: 'start', slots: { email: 'sam@example.com', 'Not A Slot': 'x' } }],
  ])('restarts a conversation stored in %s, keeping the slots it can read', (_what, stored) => {
    const state = migrateState(copy(stored), 'acme', 'c9');
    expect(state).toStrictEqual({ ...newConversation('acme', 'c9'), slots: { email: 'sam@example.com' }, notice: 'restarted' });
  });

  it("restarts a version-1 state of another bot", () => {
    expect(migrateState(copy(returnItemV1), 'other', 'web-v1-fixture')).toMatchObject({ botId: 'other', notice: 'restarted', slots: { order_id: '12346' } });
  });
});

describe('a version-1 state in a store', () => {
  it('is read by the runtime, goes on with the next turn, and its transcript is then stored whole', async () => {
    const store = createMemoryStore();
    await store.saveState(copy(returnItemV1) as unknown as ConversationState); // as the previous release wrote it
    const runtime = createRuntime({ bot, nlu: createBotNlu(bot), store, clock: manualClock(LATER) });
    const outcome = await runtime.message('web-v1-fixture', { text: 'it arrived damaged' });
    expect(allSlotValues(outcome.state)).toMatchObject({ order_id: '12346', reason: 'damaged' });
    expect(outcome.replies.map((r) => r.text).join(' ')).not.toMatch(/updated/);
    const transcript = await store.transcript('acme', 'web-v1-fixture');
    expect(transcript.slice(0, 5)).toEqual(returnItemV1.transcript);
    expect(transcript.slice(5, 6)).toEqual([expect.objectContaining({ from: 'customer', text: 'it arrived damaged' })]);
    expect(transcript).toHaveLength(outcome.state.transcriptTotal);
  });

  it('restarts a state it cannot read, keeping its slots and the count of transcript entries already stored', () => {
    const garbled = { version: 2, botId: 'acme', slots: { order_id: '12345' }, stack: 'not a stack', transcriptTotal: 57 };
    const restarted = migrateState(garbled, 'acme', 'c1');
    expect(restarted).toMatchObject({ notice: 'restarted', slots: { order_id: '12345' }, transcriptTotal: 57, transcript: [] });
  });
});
