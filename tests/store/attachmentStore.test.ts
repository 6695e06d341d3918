// The attachment store contract, run against every implementation: bytes and metadata kept, random
// ids, conversations and bots kept apart, erasure of conversations and purge by age delete the bytes.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ATTACHMENT_ID, type AttachmentStore, type NewAttachment } from '../../src/store/attachmentStore';
import { folderBytes } from '../../src/store/fileBytes';
import { createMemoryAttachmentStore } from '../../src/store/memoryAttachmentStore';
import { openSqliteDatabase } from '../../src/store/openSqliteDatabase';
import { createRedisAttachmentStore } from '../../src/store/redisAttachmentStore';
import { createSqliteAttachmentStore } from '../../src/store/sqliteAttachmentStore';
import { REDIS_AVAILABLE, REDIS_URL } from '../support/redisForTests';
import { useTestRedis } from '../support/testRedis';

const dir = mkdtempSync(join(tmpdir(), 'baton-attachments-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const redis = useTestRedis('attachments');
const fresh = (): string => join(dir, Math.random().toString(36).slice(2));

type Made = { store: AttachmentStore; folder?: string };
const stores: Array<[string, () => Made]> = [
  ['memory', () => ({ store: createMemoryAttachmentStore() })],
  ['SQLite', () => {
    const base = fresh();
    return { store: createSqliteAttachmentStore(openSqliteDatabase(`${base}.db`), folderBytes(`${base}.files`)), folder: `${base}.files` };
  }],
  ...(REDIS_AVAILABLE ? [
    ['Redis', () => ({ store: createRedisAttachmentStore(redis.client(), { prefix: redis.prefix() }) })] as [string, () => Made],
    ['Redis with a shared folder', () => {
      const folder = fresh();
      return { store: createRedisAttachmentStore(redis.client(), { prefix: redis.prefix(), folder: folderBytes(folder) }), folder };
    }] as [string, () => Made],
  ] : []),
];

if (!REDIS_AVAILABLE) {
  describe.skip(`the Redis attachment store (skipped: no Redis server at ${REDIS_URL})`, () => {
    it('runs the same contract', () => undefined);
  });
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const file = (conversationId: string, at: string, extra: Partial<NewAttachment> = {}): NewAttachment => ({ botId: 'acme', conversationId, name: '../../x.png', contentType: 'image/png', from: 'customer', at, ...extra });

describe.each(stores)('the %s attachment store', (_name, make) => {
  it('keeps the bytes and metadata under a random id that owes nothing to the name', async () => {
    const { store, folder } = make();
    const saved = await store.save(file('c1', '2026-11-24T10:00:00Z'), PNG);
    expect(saved).toEqual({ ...file('c1', '2026-11-24T10:00:00Z'), id: saved.id, size: PNG.length });
    expect(saved.id).toMatch(ATTACHMENT_ID);
    expect(saved.id).not.toContain('x.png');
    const again = await store.save(file('c1', '2026-11-24T10:00:00Z'), PNG);
    expect(again.id).not.toBe(saved.id);
    const read = await store.read(saved.id);
    expect(read?.meta).toEqual(saved);
    expect(Buffer.compare(read!.bytes, PNG)).toBe(0);
    expect(await store.meta(saved.id)).toEqual(saved);
    if (folder) expect(readdirSync(folder).sort()).toEqual([saved.id, again.id].sort());
  });

  it('knows nothing of ids it did not make', async () => {
    const { store } = make();
    expect(await store.read('att_AAAAAAAAAAAAAAAAAAAAAA')).toBeUndefined();
    expect(await store.meta('../../etc/passwd')).toBeUndefined();
  });

  it('lists a conversation\'s files oldest first, keeping conversations and bots apart', async () => {
    const { store } = make();
    const later = await store.save(file('c1', '2026-11-24T11:00:00Z', { name: 'b.pdf', contentType: 'application/pdf' }), Buffer.from('%PDF-1.4'));
    const first = await store.save(file('c1', '2026-11-24T10:00:00Z', { from: 'agent' }), PNG);
    await store.save(file('c2', '2026-11-24T10:00:00Z'), PNG);
    await store.save(file('c1', '2026-11-24T10:00:00Z', { botId: 'other' }), PNG);
    expect((await store.list('acme', 'c1')).map((m) => m.id)).toEqual([first.id, later.id]);
    expect(await store.list('acme', 'nobody')).toEqual([]);
  });

  it('erases the files of the named conversations, bytes included', async () => {
    const { store, folder } = make();
    const gone = await store.save(file('c1', '2026-11-24T10:00:00Z'), PNG);
    const kept = await store.save(file('c2', '2026-11-24T10:00:00Z'), PNG);
    const otherBot = await store.save(file('c1', '2026-11-24T10:00:00Z', { botId: 'other' }), PNG);
    expect(await store.eraseConversations('acme', ['c1', 'c9'])).toBe(1);
    expect(await store.read(gone.id)).toBeUndefined();
    expect(await store.list('acme', 'c1')).toEqual([]);
    expect(await store.read(kept.id)).toBeDefined();
    expect(await store.read(otherBot.id)).toBeDefined();
    if (folder) expect(existsSync(join(folder, gone.id))).toBe(false);
  });

  it('purges the bot\'s files stored before the date, and only those', async () => {
    const { store, folder } = make();
    const old = await store.save(file('c1', '2026-10-01T10:00:00Z'), PNG);
    const recent = await store.save(file('c1', '2026-11-24T10:00:00Z'), PNG);
    const otherBot = await store.save(file('c1', '2026-10-01T10:00:00Z', { botId: 'other' }), PNG);
    expect(await store.purge('acme', new Date('2026-11-01T00:00:00Z'))).toBe(1);
    expect(await store.meta(old.id)).toBeUndefined();
    expect((await store.list('acme', 'c1')).map((m) => m.id)).toEqual([recent.id]);
    expect(await store.meta(otherBot.id)).toBeDefined();
    if (folder) expect(existsSync(join(folder, old.id))).toBe(false);
  });
});
