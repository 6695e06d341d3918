// Agent accounts and their sign-in sessions, in the embedded SQLite database. Passwords are hashed
// with scrypt and a per-account salt; session and API tokens are stored only as SHA-256 hashes.
import type Database from 'better-sqlite3';
import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

export interface Agent {
  readonly id: string;
  readonly name: string;
  /** The queues the agent serves. */
  readonly queues: readonly string[];
  /** Conversations the agent may hold at once. */
  readonly capacity: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS agent (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  password TEXT NOT NULL,
  queues TEXT NOT NULL,
  capacity INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS agent_token (
  token_hash TEXT PRIMARY KEY,
  agent_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  expires_at TEXT
);`;

export const SESSION_HOURS = 12;

type AgentRow = { id: string; name: string; password: string; queues: string; capacity: number };

export class AgentAccounts {
  readonly #db: Database.Database;

  constructor(db: Database.Database) {
    this.#db = db;
    db.exec(SCHEMA);
  }

  /** Creates or updates an account. */
  save(agent: Agent, password: string): void {
    if (password.length < 8) throw new Error('A password needs at least 8 characters.');
    this.#db.prepare(`INSERT INTO agent (id, name, password, queues, capacity) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, password = excluded.password, queues = excluded.queues, capacity = excluded.capacity`)
      .run(agent.id, agent.name, hashPassword(password), JSON.stringify(agent.queues), agent.capacity);
  }

  get(id: string): Agent | undefined {
    const row = this.#db.prepare<[string], AgentRow>('SELECT * FROM agent WHERE id = ?').get(id);
    return row && toAgent(row);
  }

  list(): Agent[] {
    return this.#db.prepare<[], AgentRow>('SELECT * FROM agent ORDER BY id').all().map(toAgent);
  }

  /** A session token for the right password, or undefined. */
  signIn(id: string, password: string, now: Date): string | undefined {
    const row = this.#db.prepare<[string], AgentRow>('SELECT * FROM agent WHERE id = ?').get(id);
    if (!row || !verifyPassword(password, row.password)) return undefined;
    return this.#issue(id, 'session', new Date(now.getTime() + SESSION_HOURS * 3600_000));
  }

  /** A token for integrations; it does not expire until revoked. */
  createApiToken(id: string): string {
    if (!this.get(id)) throw new Error(`No agent "${id}".`);
    return this.#issue(id, 'api', undefined);
  }

  authenticate(token: string, now: Date): Agent | undefined {
    const row = this.#db.prepare<[string], { agent_id: string; expires_at: string | null }>('SELECT agent_id, expires_at FROM agent_token WHERE token_hash = ?').get(sha256(token));
    if (!row || (row.expires_at !== null && row.expires_at <= now.toISOString())) return undefined;
    return this.get(row.agent_id);
  }

  signOut(token: string): void {
    this.#db.prepare('DELETE FROM agent_token WHERE token_hash = ?').run(sha256(token));
  }

  #issue(id: string, kind: 'session' | 'api', expires: Date | undefined): string {
    const token = randomBytes(32).toString('base64url');
    this.#db.prepare('INSERT INTO agent_token (token_hash, agent_id, kind, expires_at) VALUES (?, ?, ?, ?)').run(sha256(token), id, kind, expires?.toISOString() ?? null);
    return token;
  }
}

function toAgent(row: AgentRow): Agent {
  return { id: row.id, name: row.name, queues: JSON.parse(row.queues) as string[], capacity: row.capacity };
}

function hashPassword(password: string): string {
  const salt = randomBytes(16);
  return `scrypt$${salt.toString('base64')}$${scryptSync(password, salt, 32).toString('base64')}`;
}

function verifyPassword(password: string, stored: string): boolean {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  return timingSafeEqual(scryptSync(password, Buffer.from(salt, 'base64'), expected.length), expected);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
