// The SQLite store remembers the states it wrote or read lately: what it answers stays what the file
// holds, whoever wrote it (a second store on the file, as a `baton data` command in another process
// would be), and a state comes back as its JSON would, not as the object that was saved.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newConversation, type ConversationState, type TranscriptEntry } from '../../src/engine/conversationState';
import { createRecentStates } from '../../src/store/recentStates';
import { openSqliteDatabase } from '../../src/store/openSqliteDatabase';
import { createSqliteStore } from '../../src/store/sqliteStore';

const dir = mkdtempSync(join(tmpdir(), 'baton-recent-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const file = (): string => join(dir, `${++files}.db`);

function said(state: ConversationState, texts: readonly string[]): ConversationState {
  const entries: TranscriptEntry[] = texts.map((text) => ({ at: '2026-11-24T10:00:00.000Z', from: 'customer', text }));
  return { ...state, turn: state.turn + 1, transcript: [...state.transcript, ...entries], transcriptTotal: state.transcriptTotal + entries.length };
}

test('a state saved is loaded as its JSON reads, and equal loads share one object', async () => {
  const store = createSqliteStore(file());
  const state = { ...newConversation('acme', 'c1'), prompt: undefined };
  await store.saveState(state);
  const loaded = await store.loadState('acme', 'c1');
  expect(loaded).toStrictEqual(JSON.parse(JSON.stringify(state)));
  expect(loaded).not.toBe(state);
  expect(Object.prototype.hasOwnProperty.call(loaded, 'prompt')).toBe(false);
  expect(await store.loadState('acme', 'c1')).toBe(loaded);
  await store.close();
});

/** The next turn of the event loop, from which another connection's commit is seen. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

test('what another connection commits is seen from the next turn of the event loop: saves, erasures and purges', async () => {
  const path = file();
  const mine = createSqliteStore(path);
  const other = createSqliteStore(path);
  let state = said(newConversation('acme', 'c1'), ['one']);
  await mine.saveState(state);
  expect((await mine.loadState('acme', 'c1') as ConversationState).turn).toBe(1);
  state = said(state, ['two']);
  await other.saveState(state);
  await nextTurn();
  expect((await mine.loadState('acme', 'c1') as ConversationState).turn).toBe(2);
  // The transcript goes on after what the other connection stored, not after what this one remembers.
  state = said(state, ['three']);
  await mine.saveState(state);
  expect((await mine.transcript('acme', 'c1')).map((e) => e.text)).toEqual(['one', 'two', 'three']);
  await other.purge('acme', new Date('2100-01-01T00:00:00Z'));
  await nextTurn();
  expect(await mine.loadState('acme', 'c1')).toBeUndefined();
  await mine.close();
  await other.close();
});

test('an erasure by the store itself forgets what it remembered', async () => {
  const store = createSqliteStore(file());
  await store.saveState(said(newConversation('acme', 'c1'), ['hello']));
  await store.linkCustomer('acme', 'email:sam@example.com', { conversationId: 'c1', at: '2026-11-24T10:00:00.000Z' });
  expect(await store.loadState('acme', 'c1')).toBeDefined();
  expect(await store.eraseCustomer('acme', 'email:sam@example.com')).toBe(1);
  expect(await store.loadState('acme', 'c1')).toBeUndefined();
  expect(await store.transcript('acme', 'c1')).toEqual([]);
  await store.close();
});

test('the memory of states is bounded by the size of their JSON', () => {
  const db = openSqliteDatabase(':memory:');
  const recent = createRecentStates(db, 100);
  recent.remember('a', JSON.stringify({ x: 'a'.repeat(40) }), 1);
  recent.remember('b', JSON.stringify({ x: 'b'.repeat(40) }), 1);
  recent.remember('c', JSON.stringify({ x: 'c'.repeat(40) }), 1);
  expect(recent.state('a')).toBeUndefined();
  expect(recent.state('c')).toEqual({ x: 'c'.repeat(40) });
  expect(recent.transcriptStored('c')).toBe(1);
  recent.remember('big', JSON.stringify({ x: 'd'.repeat(200) }));
  expect(recent.state('big')).toBeUndefined();
  db.close();
});
