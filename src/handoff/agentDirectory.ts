// Agent accounts and their sign-in tokens: the contract every store keeps (memory, SQLite, Redis).
// Passwords are hashed with scrypt and a per-account salt; tokens are kept only as SHA-256 hashes.

export interface Agent {
  readonly id: string;
  readonly name: string;
  /** The queues the agent serves. */
  readonly queues: readonly string[];
  /** Conversations the agent may hold at once. */
  readonly capacity: number;
  /** The languages the agent speaks, by code (`en`, `es`); absent: the bot's main language only (see agentLanguages). */
  readonly languages?: readonly string[];
}

/** How long a console sign-in lasts. API tokens do not expire. */
export const SESSION_HOURS = 12;

export interface AgentDirectory {
  /** Creates or updates an account; tokens already issued stay valid. Rejects a password under 8 characters. */
  save(agent: Agent, password: string): Promise<void>;
  get(id: string): Promise<Agent | undefined>;
  /** Every account, by id. */
  list(): Promise<Agent[]>;
  /** A session token for the right password, or undefined. */
  signIn(id: string, password: string, now: Date): Promise<string | undefined>;
  /** A token for integrations; it does not expire until revoked. */
  createApiToken(id: string): Promise<string>;
  /** The agent a live token belongs to, or undefined. */
  authenticate(token: string, now: Date): Promise<Agent | undefined>;
  signOut(token: string): Promise<void>;
  /** Deletes the account and every token issued to it. */
  remove(id: string): Promise<void>;
}
