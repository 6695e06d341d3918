// The agent a request comes from, by its token (see agentToken), or undefined after answering 401:
// the one check every agent route makes (the agent API, the console's bot outline, the analytics).
import type { Request, Response } from 'restify';
import type { Agent, AgentDirectory } from '../handoff/agentDirectory';
import { agentToken } from './agentToken';
import { sendError } from './sendError';

export async function signedInAgent(req: Request, res: Response, accounts: AgentDirectory, now: Date, options: { fromQuery?: boolean } = {}): Promise<{ agent: Agent; token: string } | undefined> {
  const token = agentToken(req, options);
  const agent = token ? await accounts.authenticate(token, now) : undefined;
  if (agent) return { agent, token };
  sendError(res, 401, 'unauthorized', 'Sign in first: send Authorization: Bearer <token>.');
  return undefined;
}
