// Agent accounts in Redis, shared by every Baton process on the server: one hash of accounts, one key
// per token hash (a session's key expires when the session ends), and per agent a sorted set of its
// token hashes by when their keys expire, so removing an agent removes its tokens.
import type { RedisClientType } from 'redis';
import type { Agent, AgentDirectory } from '../handoff/agentDirectory';
import { hashPassword, hashToken, newToken, sessionEnd, verifyPassword } from '../handoff/agentSecrets';

export interface RedisAgentDirectoryOptions {
  /** Key prefix, so several bots or environments can share a server. Default `baton`. */
  readonly prefix?: string;
}

type Account = Agent & { readonly password: string };
type TokenEntry = { readonly agentId: string; readonly expiresAt: number | null };

export function createRedisAgentDirectory(client: RedisClientType, options: RedisAgentDirectoryOptions = {}): AgentDirectory {
  const prefix = options.prefix ?? 'baton';
  const accountsKey = `${prefix}:agents`;
  const tokenKey = (hash: string): string => `${prefix}:agent-token:${hash}`;
  const tokensOfKey = (id: string): string => `${prefix}:agent-tokens:${id}`;

  const account = async (id: string): Promise<Account | undefined> => {
    const json = await client.hGet(accountsKey, id);
    return json ? (JSON.parse(json) as Account) : undefined;
  };
  /** Stores a token's hash; a session's key expires with it (`ttlMs`), an API token's never does. */
  const issue = async (agentId: string, expiresAt: number | null, ttlMs?: number): Promise<string> => {
    const { token, hash } = newToken();
    const entry: TokenEntry = { agentId, expiresAt };
    const index = tokensOfKey(agentId);
    const wallClock = Date.now();
    await client.multi()
      .set(tokenKey(hash), JSON.stringify(entry), ttlMs === undefined ? {} : { PX: ttlMs })
      .zAdd(index, { score: ttlMs === undefined ? Infinity : wallClock + ttlMs, value: hash })
      .zRemRangeByScore(index, '-inf', `(${wallClock}`)
      .exec();
    return token;
  };

  return {
    save: async (agent, password) => {
      const stored: Account = { id: agent.id, name: agent.name, queues: [...agent.queues], capacity: agent.capacity, ...(agent.languages ? { languages: [...agent.languages] } : {}), password: hashPassword(password) };
      await client.hSet(accountsKey, agent.id, JSON.stringify(stored));
    },
    get: async (id) => toAgent(await account(id)),
    list: async () => {
      const all = Object.values(await client.hGetAll(accountsKey)).map((json) => toAgent(JSON.parse(json) as Account)!);
      return all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },
    signIn: async (id, password, now) => {
      const found = await account(id);
      if (!found || !verifyPassword(password, found.password)) return undefined;
      const end = sessionEnd(now).getTime();
      return issue(id, end, end - now.getTime());
    },
    createApiToken: async (id) => {
      if (!(await account(id))) throw new Error(`No agent "${id}".`);
      return issue(id, null);
    },
    authenticate: async (token, now) => {
      const json = await client.get(tokenKey(hashToken(token)));
      const entry = json === null ? undefined : (JSON.parse(json) as TokenEntry);
      if (!entry || (entry.expiresAt !== null && entry.expiresAt <= now.getTime())) return undefined;
      return toAgent(await account(entry.agentId));
    },
    signOut: async (token) => {
      const hash = hashToken(token);
      const json = await client.get(tokenKey(hash));
      const multi = client.multi().del(tokenKey(hash));
      if (json !== null) multi.zRem(tokensOfKey((JSON.parse(json) as TokenEntry).agentId), hash);
      await multi.exec();
    },
    remove: async (id) => {
      const hashes = await client.zRange(tokensOfKey(id), 0, -1);
      await client.multi().hDel(accountsKey, id).del([tokensOfKey(id), ...hashes.map(tokenKey)]).exec();
    },
  };
}

function toAgent(account: Account | undefined): Agent | undefined {
  return account && { id: account.id, name: account.name, queues: account.queues, capacity: account.capacity, ...(account.languages ? { languages: account.languages } : {}) };
}
