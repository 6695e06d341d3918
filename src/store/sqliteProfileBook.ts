// Customer profiles in SQLite: one row per profile (its JSON), and the keys and conversations that
// point at it, each their own indexed table. Callers run it inside a transaction.
import type Database from 'better-sqlite3';
import type { CustomerProfile } from './conversationStore';
import type { ProfileBook } from './profileBook';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS customer_profile (
  bot_id TEXT NOT NULL,
  id TEXT NOT NULL,
  profile TEXT NOT NULL,
  PRIMARY KEY (bot_id, id)
);
CREATE TABLE IF NOT EXISTS customer_profile_key (
  bot_id TEXT NOT NULL,
  customer_key TEXT NOT NULL,
  customer_id TEXT NOT NULL,
  PRIMARY KEY (bot_id, customer_key)
);
CREATE TABLE IF NOT EXISTS customer_profile_conversation (
  bot_id TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  customer_id TEXT NOT NULL,
  PRIMARY KEY (bot_id, conversation_id)
);`;

export function createSqliteProfileBook(db: Database.Database): ProfileBook {
  db.exec(SCHEMA);
  const ownerOfKey = db.prepare<[string, string], { id: string }>('SELECT customer_id AS id FROM customer_profile_key WHERE bot_id = ? AND customer_key = ?');
  const ownerOfConversation = db.prepare<[string, string], { id: string }>('SELECT customer_id AS id FROM customer_profile_conversation WHERE bot_id = ? AND conversation_id = ?');
  const profile = db.prepare<[string, string], { profile: string }>('SELECT profile FROM customer_profile WHERE bot_id = ? AND id = ?');
  const putProfile = db.prepare<[string, string, string]>('INSERT INTO customer_profile (bot_id, id, profile) VALUES (?, ?, ?) ON CONFLICT (bot_id, id) DO UPDATE SET profile = excluded.profile');
  const dropProfile = db.prepare<[string, string]>('DELETE FROM customer_profile WHERE bot_id = ? AND id = ?');
  const linkKey = db.prepare<[string, string, string]>('INSERT INTO customer_profile_key (bot_id, customer_key, customer_id) VALUES (?, ?, ?) ON CONFLICT (bot_id, customer_key) DO UPDATE SET customer_id = excluded.customer_id');
  const unlinkKey = db.prepare<[string, string]>('DELETE FROM customer_profile_key WHERE bot_id = ? AND customer_key = ?');
  const linkConversation = db.prepare<[string, string, string]>(
    'INSERT INTO customer_profile_conversation (bot_id, conversation_id, customer_id) VALUES (?, ?, ?) ON CONFLICT (bot_id, conversation_id) DO UPDATE SET customer_id = excluded.customer_id',
  );
  const unlinkConversation = db.prepare<[string, string]>('DELETE FROM customer_profile_conversation WHERE bot_id = ? AND conversation_id = ?');
  return {
    ownerOfKey: (botId, key) => ownerOfKey.get(botId, key)?.id,
    ownerOfConversation: (botId, conversationId) => ownerOfConversation.get(botId, conversationId)?.id,
    profile: (botId, id) => {
      const row = profile.get(botId, id);
      return row === undefined ? undefined : (JSON.parse(row.profile) as CustomerProfile);
    },
    apply: (botId, writes) => {
      for (const id of writes.drop) dropProfile.run(botId, id);
      for (const key of writes.unlinkKeys) unlinkKey.run(botId, key);
      for (const id of writes.unlinkConversations) unlinkConversation.run(botId, id);
      for (const p of writes.put) {
        putProfile.run(botId, p.id, JSON.stringify(p));
        for (const key of p.keys) linkKey.run(botId, key, p.id);
        for (const c of p.conversations) linkConversation.run(botId, c.conversationId, p.id);
      }
    },
  };
}
