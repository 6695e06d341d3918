// Agent accounts in this process's memory, for tests and demos: gone when the process ends.
import type { Agent, AgentDirectory } from '../handoff/agentDirectory';
import { hashPassword, hashToken, newToken, sessionEnd, verifyPassword } from '../handoff/agentSecrets';

export function createMemoryAgentDirectory(): AgentDirectory {
  const accounts = new Map<string, { agent: Agent; password: string }>();
  const tokens = new Map<string, { agentId: string; expiresAt: number | undefined }>();
  const issue = (agentId: string, expiresAt: number | undefined): string => {
    const { token, hash } = newToken();
    tokens.set(hash, { agentId, expiresAt });
    return token;
  };
  return {
    save: async (agent, password) => {
      const stored = { id: agent.id, name: agent.name, queues: [...agent.queues], capacity: agent.capacity, ...(agent.languages ? { languages: [...agent.languages] } : {}) };
      accounts.set(agent.id, { agent: stored, password: hashPassword(password) });
    },
    get: async (id) => accounts.get(id)?.agent,
    list: async () => [...accounts.values()].map((a) => a.agent).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    signIn: async (id, password, now) => {
      const account = accounts.get(id);
      if (!account || !verifyPassword(password, account.password)) return undefined;
      return issue(id, sessionEnd(now).getTime());
    },
    createApiToken: async (id) => {
      if (!accounts.has(id)) throw new Error(`No agent "${id}".`);
      return issue(id, undefined);
    },
    authenticate: async (token, now) => {
      const entry = tokens.get(hashToken(token));
      if (!entry || (entry.expiresAt !== undefined && entry.expiresAt <= now.getTime())) return undefined;
      return accounts.get(entry.agentId)?.agent;
    },
    signOut: async (token) => {
      tokens.delete(hashToken(token));
    },
    remove: async (id) => {
      accounts.delete(id);
      for (const [hash, entry] of tokens) if (entry.agentId === id) tokens.delete(hash);
    },
  };
}
