// `baton data`: retention and privacy requests against the bot's SQLite file: export everything
// about a customer, erase it (conversations, transcripts, handoffs, messages waiting for them, profile) leaving others alone,
// and purge what is older than the retention period.
import { join } from 'node:path';
import { dataCommand } from '../../src/cli/dataCommand';
import { newConversation, type ConversationState } from '../../src/engine/conversationState';
import type { HandoffRecord } from '../../src/handoff/handoffRecord';
import { sqliteStores } from '../../src/store/openStores';
import { captureIO } from '../support/captureIO';
import { useCommandDataDir } from '../support/commandDataDir';

const MANIFEST = join(__dirname, '..', '..', 'bots', 'acme.yaml');


function conversation(id: string, at: string, texts: string[]): ConversationState {
  const transcript = texts.map((text) => ({ at, from: 'customer' as const, text }));
  return { ...newConversation('acme', id), transcript, transcriptTotal: transcript.length, customer: { channel: 'webchat', userId: id } };
}

function handoff(id: string, conversationId: string, closedAt?: string): HandoffRecord {
  return {
    id, botId: 'acme', conversationId, queue: 'orders', priority: 50, status: closedAt ? 'resolved' : 'waiting', createdAt: '2026-01-01T10:00:00.000Z',
    messages: [{ at: '2026-01-01T10:01:00.000Z', from: 'customer', text: `still waiting (${conversationId})` }],
    packet: { conversationId } as HandoffRecord['packet'],
    ...(closedAt ? { closedAt } : {}),
  };
}

describe('baton data', () => {
  let dir: string;
  let restore: () => void;

  beforeEach(async () => {
    ({ dir, restore } = useCommandDataDir('baton-data-'));
    const stores = sqliteStores(join(dir, 'acme.db'));
    try {
      await stores.conversations.saveState(conversation('sam-web', '2026-11-20T10:00:00.000Z', ['where is my order', 'sam@example.com']));
      await stores.conversations.saveState(conversation('sam-teams', '2026-11-22T10:00:00.000Z', ['I want a refund']));
      await stores.conversations.saveState(conversation('kim-web', '2026-11-23T10:00:00.000Z', ['hello']));
      await stores.conversations.saveState(conversation('old', '2025-01-10T10:00:00.000Z', ['an old question']));
      await stores.conversations.linkCustomer('acme', 'email:sam@example.com', { conversationId: 'sam-web', channel: 'webchat', email: 'sam@example.com', at: '2026-11-20T10:00:00.000Z' });
      await stores.conversations.linkCustomer('acme', 'aad:sam-object-id', { conversationId: 'sam-teams', channel: 'msteams', at: '2026-11-22T10:00:00.000Z' });
      await stores.conversations.linkCustomer('acme', 'email:sam@example.com', { conversationId: 'sam-teams', channel: 'msteams', at: '2026-11-22T10:00:00.000Z' });
      await stores.conversations.linkCustomer('acme', 'email:kim@example.com', { conversationId: 'kim-web', channel: 'webchat', at: '2026-11-23T10:00:00.000Z' });
      await stores.analytics.record(['sam-web', 'sam-teams', 'kim-web'].map((conversationId) => ({ type: 'satisfaction', at: '2026-11-22T10:00:00.000Z', botId: 'acme', conversationId, channel: 'webchat', score: 4 })));
      await stores.handoffs.create(handoff('h-sam', 'sam-teams'));
      await stores.handoffs.create(handoff('h-kim', 'kim-web'));
      await stores.handoffs.create(handoff('h-old', 'old', '2025-01-10T11:00:00.000Z'));
      for (const id of ['sam-teams', 'kim-web']) await stores.restOutbox.put(id, [{ text: `an agent's reply waiting for ${id}` }], new Date('2026-11-22T10:00:00.000Z'));
    } finally {
      await stores.close();
    }
  });
  afterEach(() => restore());

  it('exports everything about a customer named by a bare email: profile, both channels\' conversations with transcripts, handoffs', async () => {
    const c = captureIO();
    expect(await dataCommand(['export', 'Sam@Example.com'], { bot: MANIFEST }, c.io, () => new Date('2026-11-24T10:00:00Z'))).toBe(0);
    const exported = JSON.parse(c.out.join('\n'));
    expect(exported.profile.keys).toEqual(expect.arrayContaining(['email:sam@example.com', 'aad:sam-object-id']));
    expect(exported.conversations.map((x: { conversationId: string }) => x.conversationId).sort()).toEqual(['sam-teams', 'sam-web']);
    expect(exported.conversations.find((x: { conversationId: string }) => x.conversationId === 'sam-web').transcript.map((e: { text: string }) => e.text)).toEqual(['where is my order', 'sam@example.com']);
    expect(exported.handoffs.map((h: { id: string }) => h.id)).toEqual(['h-sam']);
    expect(exported.exportedAt).toBe('2026-11-24T10:00:00.000Z');
  });

  it('erases a customer across channels and leaves other customers alone', async () => {
    const c = captureIO();
    expect(await dataCommand(['erase', 'aad:sam-object-id'], { bot: MANIFEST }, c.io)).toBe(0);
    expect(c.out[0]).toMatch(/^Erased customer .*: 2 conversation\(s\) with their transcripts, 1 handoff\(s\), 2 analytics event\(s\), and the profile\.$/);
    const stores = sqliteStores(join(dir, 'acme.db'));
    try {
      expect(await stores.conversations.customer('acme', 'email:sam@example.com')).toBeUndefined();
      expect(await stores.conversations.loadState('acme', 'sam-web')).toBeUndefined();
      expect(await stores.conversations.transcript('acme', 'sam-teams')).toEqual([]);
      expect(await stores.handoffs.get('h-sam')).toBeUndefined();
      expect(await stores.conversations.loadState('acme', 'kim-web')).toBeDefined();
      expect(await stores.handoffs.get('h-kim')).toBeDefined();
      expect(await stores.restOutbox.take('sam-teams')).toEqual([]);
      expect(await stores.restOutbox.take('kim-web')).toHaveLength(1);
      const left = await stores.analytics.query('acme', new Date('2026-11-01T00:00:00Z'), new Date('2026-12-01T00:00:00Z'));
      expect(left.map((e) => e.conversationId)).toEqual(['kim-web']);
    } finally {
      await stores.close();
    }
    const again = captureIO();
    expect(await dataCommand(['export', 'sam@example.com'], { bot: MANIFEST }, again.io)).toBe(1);
    expect(again.err).toEqual(['No customer known as "email:sam@example.com" for bot acme.']);
  });

  it('purges conversations and closed handoffs older than the retention period (the manifest\'s, or --days)', async () => {
    const c = captureIO();
    expect(await dataCommand(['purge'], { bot: MANIFEST }, c.io, () => new Date('2026-11-24T10:00:00Z'))).toBe(0);
    expect(c.out[0]).toBe('Deleted 1 conversation(s) idle since before 2025-11-24T10:00:00.000Z and 1 handoff(s) closed before then.');
    const days = captureIO();
    expect(await dataCommand(['purge'], { bot: MANIFEST, days: '3' }, days.io, () => new Date('2026-11-24T10:00:00Z'))).toBe(0);
    expect(days.out[0]).toMatch(/^Deleted 1 conversation\(s\) idle since before 2026-11-21T10:00:00.000Z/);
    const stores = sqliteStores(join(dir, 'acme.db'));
    try {
      expect(await stores.conversations.loadState('acme', 'sam-web')).toBeUndefined();
      expect(await stores.conversations.loadState('acme', 'sam-teams')).toBeDefined();
      expect(await stores.handoffs.get('h-sam')).toBeDefined(); // open handoffs are never purged
    } finally {
      await stores.close();
    }
  });

  it('refuses what it cannot do, saying why', async () => {
    const usage = captureIO();
    expect(await dataCommand(['shred'], { bot: MANIFEST }, usage.io)).toBe(2);
    expect(usage.err[0]).toMatch(/^Usage: baton data purge/);
    const who = captureIO();
    expect(await dataCommand(['erase'], { bot: MANIFEST }, who.io)).toBe(2);
    const days = captureIO();
    expect(await dataCommand(['purge'], { bot: MANIFEST, days: 'soon' }, days.io)).toBe(2);
    expect(days.err).toEqual(['--days must be a whole number, at least 1.']);
    process.env.BATON_STORE = 'postgres://nowhere';
    const store = captureIO();
    expect(await dataCommand(['purge'], { bot: MANIFEST }, store.io)).toBe(1);
    expect(store.err[0]).toBe('BATON_STORE="postgres://nowhere" is not a store: use sqlite (the default), memory, or a redis:// address.');
  });
});
