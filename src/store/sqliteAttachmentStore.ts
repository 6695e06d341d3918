// Attachments of the embedded store: metadata in the SQLite database, bytes in a folder beside it
// (data/<bot>.files/, one file per attachment named by its random id). A file is written before its
// row and deleted after it, so a row never names a missing file.
import type Database from 'better-sqlite3';
import { byAt, newAttachmentId, type AttachmentMeta, type AttachmentStore } from './attachmentStore';
import type { FileBytes } from './fileBytes';
import { immediateTransaction } from './immediateTransaction';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS attachment (
  id TEXT PRIMARY KEY,
  bot_id TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  at INTEGER NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS attachment_by_conversation ON attachment (bot_id, conversation_id);
CREATE INDEX IF NOT EXISTS attachment_by_time ON attachment (bot_id, at);`;

export function createSqliteAttachmentStore(db: Database.Database, bytes: FileBytes): AttachmentStore {
  db.exec(SCHEMA);
  const insert = db.prepare<[string, string, string, number, string]>('INSERT INTO attachment (id, bot_id, conversation_id, at, json) VALUES (?, ?, ?, ?, ?)');
  const one = db.prepare<[string], { json: string }>('SELECT json FROM attachment WHERE id = ?');
  const ofConversation = db.prepare<[string, string], { json: string }>('SELECT json FROM attachment WHERE bot_id = ? AND conversation_id = ?');
  const older = db.prepare<[string, number], { id: string }>('SELECT id FROM attachment WHERE bot_id = ? AND at < ?');
  const remove = db.prepare<[string]>('DELETE FROM attachment WHERE id = ?');
  const removeAll = immediateTransaction(db, (ids: readonly string[]) => ids.reduce((n, id) => n + remove.run(id).changes, 0));
  const parse = (row: { json: string }): AttachmentMeta => JSON.parse(row.json) as AttachmentMeta;
  const drop = async (ids: string[]): Promise<number> => {
    const n = removeAll(ids);
    await bytes.remove(ids);
    return n;
  };
  return {
    async save(attachment, data) {
      const meta: AttachmentMeta = { ...attachment, id: newAttachmentId(), size: data.byteLength };
      await bytes.write(meta.id, data);
      insert.run(meta.id, meta.botId, meta.conversationId, Date.parse(meta.at), JSON.stringify(meta));
      return meta;
    },
    meta: async (id) => {
      const row = one.get(id);
      return row ? parse(row) : undefined;
    },
    async read(id) {
      const row = one.get(id);
      const data = row && await bytes.read(id);
      return row && data ? { meta: parse(row), bytes: data } : undefined;
    },
    list: async (botId, conversationId) => ofConversation.all(botId, conversationId).map(parse).sort(byAt),
    eraseConversations: (botId, ids) => drop(ids.flatMap((c) => ofConversation.all(botId, c).map((row) => parse(row).id))),
    purge: (botId, before) => drop(older.all(botId, before.getTime()).map((row) => row.id)),
  };
}
