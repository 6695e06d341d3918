// An agent working through the agent API (no console page): signs in (which makes them online),
// takes the waiting handoff of a conversation and writes to the customer.
import { callJson, type AgentConsoleServer } from './agentConsoleServer';

export interface ApiAgent {
  /** Claims the waiting handoff of the conversation; the customer hears that the agent joined. */
  claim(conversationId: string): Promise<string>;
  /** Writes to the customer of a handoff the agent holds. */
  reply(handoffId: string, text: string): Promise<void>;
}

export async function signInAgent(srv: AgentConsoleServer, agentId: string, password: string): Promise<ApiAgent> {
  const login = await callJson(srv.url, 'POST', '/api/agent/login', { agentId, password });
  if (login.status !== 200) throw new Error(`login answered ${login.status}`);
  const token = login.json.token as string;
  return {
    async claim(conversationId) {
      const [handoff] = await srv.app.service.store.list({ conversationId, statuses: ['waiting'] });
      if (!handoff) throw new Error(`No waiting handoff for ${conversationId}`);
      const claimed = await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoff.id}/claim`, {}, token);
      if (claimed.status !== 200) throw new Error(`claim answered ${claimed.status}`);
      return handoff.id;
    },
    async reply(handoffId, text) {
      const sent = await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoffId}/reply`, { text }, token);
      if (sent.status !== 200) throw new Error(`reply answered ${sent.status}`);
    },
  };
}
