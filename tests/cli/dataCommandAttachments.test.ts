// `baton data` and attached files on the SQLite store: an export carries each file's metadata and
// bytes, an erasure deletes the customer's files from <bot>.files/ and no one else's, and the
// retention purge deletes files stored before the period.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataCommand } from '../../src/cli/dataCommand';
import { newConversation } from '../../src/engine/conversationState';
import { sqliteStores } from '../../src/store/openStores';
import { captureIO } from '../support/captureIO';
import { useCommandDataDir } from '../support/commandDataDir';

const MANIFEST = join(__dirname, '..', '..', 'bots', 'acme.yaml');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

describe('baton data with attached files', () => {
  let dir: string;
  let restore: () => void;
  const ids: Record<string, string> = {};

  beforeEach(async () => {
    ({ dir, restore } = useCommandDataDir('baton-data-files-'));
    const stores = sqliteStores(join(dir, 'acme.db'));
    try {
      for (const [id, at] of [['sam-web', '2026-11-20T10:00:00.000Z'], ['kim-web', '2026-11-23T10:00:00.000Z'], ['old', '2025-01-10T10:00:00.000Z']] as const) {
        await stores.conversations.saveState({ ...newConversation('acme', id), transcript: [{ at, from: 'customer', text: 'a photo' }], transcriptTotal: 1 });
        ids[id] = (await stores.attachments.save({ botId: 'acme', conversationId: id, name: `${id}.png`, contentType: 'image/png', from: 'customer', at }, PNG)).id;
      }
      await stores.conversations.linkCustomer('acme', 'email:sam@example.com', { conversationId: 'sam-web', channel: 'webchat', at: '2026-11-20T10:00:00.000Z' });
      await stores.conversations.linkCustomer('acme', 'email:kim@example.com', { conversationId: 'kim-web', channel: 'webchat', at: '2026-11-23T10:00:00.000Z' });
    } finally {
      await stores.close();
    }
  });
  afterEach(() => restore());

  const files = (): string[] => readdirSync(join(dir, 'acme.files')).sort();

  it('exports the customer\'s files with their bytes', async () => {
    const c = captureIO();
    expect(await dataCommand(['export', 'sam@example.com'], { bot: MANIFEST }, c.io)).toBe(0);
    const exported = JSON.parse(c.out.join('\n'));
    expect(exported.attachments).toEqual([{ id: ids['sam-web'], botId: 'acme', conversationId: 'sam-web', name: 'sam-web.png', contentType: 'image/png', size: PNG.length, from: 'customer', at: '2026-11-20T10:00:00.000Z', base64: PNG.toString('base64') }]);
  });

  it('erases the customer\'s files, bytes included, and leaves others\' alone', async () => {
    expect(files()).toHaveLength(3);
    const c = captureIO();
    expect(await dataCommand(['erase', 'sam@example.com'], { bot: MANIFEST }, c.io)).toBe(0);
    expect(c.out[0]).toContain(', 1 attached file(s), and the profile.');
    expect(existsSync(join(dir, 'acme.files', ids['sam-web']!))).toBe(false);
    expect(files()).toEqual([ids['kim-web'], ids.old].sort());
  });

  it('purges files stored before the retention period', async () => {
    const c = captureIO();
    expect(await dataCommand(['purge'], { bot: MANIFEST, days: '30' }, c.io, () => new Date('2026-11-24T10:00:00Z'))).toBe(0);
    expect(c.out[0]).toContain('1 attached file(s) stored before then');
    expect(files()).toEqual([ids['sam-web'], ids['kim-web']].sort());
  });
});
