// Agent accounts in the embedded SQLite database, in the tables `agent` and `agent_token` that
// earlier versions created, so existing databases keep their accounts and tokens (a database made
// before agents had languages gains the column, empty: those agents speak the bot's main language).
import type Database from 'better-sqlite3';
import type { Agent, AgentDirectory } from '../handoff/agentDirectory';
import { hashPassword, hashToken, newToken, sessionEnd, verifyPassword } from '../handoff/agentSecrets';
import { immediateTransaction } from './immediateTransaction';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS agent (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  password TEXT NOT NULL,
  queues TEXT NOT NULL,
  capacity INTEGER NOT NULL,
  languages TEXT
);
CREATE TABLE IF NOT EXISTS agent_token (
  token_hash TEXT PRIMARY KEY,
  agent_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  expires_at TEXT
);`;

type AgentRow = { id: string; name: string; password: string; queues: string; capacity: number; languages: string | null };

export function createSqliteAgentDirectory(db: Database.Database): AgentDirectory {
  db.exec(SCHEMA);
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(agent)').all();
  if (!columns.some((c) => c.name === 'languages')) db.exec('ALTER TABLE agent ADD COLUMN languages TEXT');
  const upsert = db.prepare<[string, string, string, string, number, string | null]>(`INSERT INTO agent (id, name, password, queues, capacity, languages) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, password = excluded.password, queues = excluded.queues, capacity = excluded.capacity, languages = excluded.languages`);
  const selectOne = db.prepare<[string], AgentRow>('SELECT * FROM agent WHERE id = ?');
  const selectAll = db.prepare<[], AgentRow>('SELECT * FROM agent ORDER BY id');
  const insertToken = db.prepare<[string, string, string, string | null]>('INSERT INTO agent_token (token_hash, agent_id, kind, expires_at) VALUES (?, ?, ?, ?)');
  const selectToken = db.prepare<[string], { agent_id: string; expires_at: string | null }>('SELECT agent_id, expires_at FROM agent_token WHERE token_hash = ?');
  const deleteToken = db.prepare<[string]>('DELETE FROM agent_token WHERE token_hash = ?');
  const deleteTokens = db.prepare<[string]>('DELETE FROM agent_token WHERE agent_id = ?');
  const deleteAgent = db.prepare<[string]>('DELETE FROM agent WHERE id = ?');
  const removeAll = immediateTransaction(db, (id: string) => {
    deleteTokens.run(id);
    deleteAgent.run(id);
  });

  const get = (id: string): Agent | undefined => {
    const row = selectOne.get(id);
    return row && toAgent(row);
  };
  const issue = (id: string, kind: 'session' | 'api', expires: Date | undefined): string => {
    const { token, hash } = newToken();
    insertToken.run(hash, id, kind, expires?.toISOString() ?? null);
    return token;
  };

  return {
    save: async (agent, password) => {
      upsert.run(agent.id, agent.name, hashPassword(password), JSON.stringify(agent.queues), agent.capacity, agent.languages ? JSON.stringify(agent.languages) : null);
    },
    get: async (id) => get(id),
    list: async () => selectAll.all().map(toAgent),
    signIn: async (id, password, now) => {
      const row = selectOne.get(id);
      if (!row || !verifyPassword(password, row.password)) return undefined;
      return issue(id, 'session', sessionEnd(now));
    },
    createApiToken: async (id) => {
      if (!get(id)) throw new Error(`No agent "${id}".`);
      return issue(id, 'api', undefined);
    },
    authenticate: async (token, now) => {
      const row = selectToken.get(hashToken(token));
      if (!row || (row.expires_at !== null && row.expires_at <= now.toISOString())) return undefined;
      return get(row.agent_id);
    },
    signOut: async (token) => {
      deleteToken.run(hashToken(token));
    },
    remove: async (id) => {
      removeAll(id);
    },
  };
}

function toAgent(row: AgentRow): Agent {
  return { id: row.id, name: row.name, queues: JSON.parse(row.queues) as string[], capacity: row.capacity, ...(row.languages ? { languages: JSON.parse(row.languages) as string[] } : {}) };
}
