// Conversations stored under an older version of the fixture bot "shop", which had a flow old_flow,
// a state track.confirm, a conversation slot colour and a slot x of old_flow: the current fixture
// (TRACK_WITHOUT_ACTIONS) has none of them. Seeded into any store, with what they should count as.
import { newConversation, type ConversationState } from '../../src/engine/conversationState';
import type { ConversationStore } from '../../src/store/conversationStore';
import { BASE_FILES } from './botFixture';

/** The fixture's track flow without its action, so the bot loads from the command line without code. */
export const TRACK_WITHOUT_ACTIONS = BASE_FILES['flows/track.yaml']!
  .replace('next: check', 'next: done')
  .replace(/  check:\n[\s\S]*?(?=  done:)/, '')
  .replace(/  human:\n[\s\S]*$/, '');

const AT = '2026-12-01T10:00:00.000Z';

function conversation(id: string, change: Partial<ConversationState>): ConversationState {
  const transcript = [{ at: AT, from: 'customer' as const, text: 'hello' }];
  return { ...newConversation('shop', id), turn: 1, transcript, transcriptTotal: 1, ...change };
}

/** Eleven conversations: four move, five lose a slot value, one is in a format no release reads. */
export const OLDER_BOT_CONVERSATIONS: readonly ConversationState[] = [
  ...['a1', 'a2'].map((id) => conversation(id, { stack: [{ flow: 'track', state: 'confirm', waiting: { kind: 'choice' }, attempts: 1 }] })),
  conversation('b1', { stack: [{ flow: 'old_flow', state: 'ask', attempts: 0 }], flowSlots: { old_flow: { x: 1 } } }),
  conversation('c1', { stack: [{ flow: 'track', state: 'start', waiting: { kind: 'slot', slot: 'email' }, attempts: 0 }] }),
  ...['d1', 'd2', 'd3', 'd4'].map((id) => conversation(id, { slots: { colour: 'red' }, stack: [{ flow: 'track', state: 'start', waiting: { kind: 'slot', slot: 'order_id' }, attempts: 0 }] })),
  ...['e1', 'e2'].map((id) => conversation(id, { status: 'ended', slots: { order_id: '12345' } })),
  { ...conversation('f1', {}), version: 99 } as unknown as ConversationState,
];

/** Conversations the current fixture still has everything of. */
export const CURRENT_BOT_CONVERSATIONS: readonly ConversationState[] = OLDER_BOT_CONVERSATIONS.filter((c) => c.conversationId.startsWith('e'));

/** What `baton validate --against` says of OLDER_BOT_CONVERSATIONS. */
export const OLDER_BOT_SENTENCE = '4 of 11 stored conversations would move: 2 in track.confirm (state removed → track.start), 1 in old_flow.ask (flow removed → no flow), '
  + '1 in track.start (no longer waits for that answer → asked again in track.start); 4 lose slot `colour`, 1 loses slot `old_flow.x`; '
  + '1 is stored in a format this release cannot read and restarts';

export async function seed(store: ConversationStore, states: readonly ConversationState[]): Promise<void> {
  for (const state of states) await store.saveState(state);
}
