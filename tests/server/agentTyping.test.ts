// POST /api/agent/handoffs/:id/typing over a real port: only the agent holding the conversation may
// send it, and a REST customer (whose channel has no typing indicator) receives nothing from it.
import { callJson, restCustomer, startAgentConsoleServer, type AgentConsoleServer } from '../support/agentConsoleServer';

let srv: AgentConsoleServer;
beforeAll(async () => {
  srv = await startAgentConsoleServer();
});
afterAll(() => srv.close());

describe('the agent typing signal', () => {
  it('is taken from the holder only, and leaves nothing in a REST customer\'s messages', async () => {
    const login = async (agentId: string) => (await callJson(srv.url, 'POST', '/api/agent/login', { agentId, password: `${agentId}-password` })).json.token as string;
    const [ann, bob] = [await login('ann'), await login('bob')];
    const kim = restCustomer(srv.url, 'kim');
    await kim.say('I want to talk to a human');
    const [handoff] = await srv.app.service.store.list({ conversationId: kim.conversationId!, statuses: ['waiting'] });
    const typing = (token?: string) => callJson(srv.url, 'POST', `/api/agent/handoffs/${handoff!.id}/typing`, {}, token);

    expect((await typing(ann)).status).toBe(403);
    expect((await typing()).status).toBe(401);
    expect((await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoff!.id}/claim`, {}, ann)).status).toBe(200);
    expect((await typing(bob)).status).toBe(403);
    expect(await Promise.all([typing(ann), typing(ann)]).then((all) => all.map((r) => r.status))).toEqual([202, 202]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const inbox = await callJson(srv.url, 'GET', `/api/chat/${kim.conversationId}/messages?userId=kim`);
    expect(inbox.json.messages.map((m: { text: string }) => m.text)).toEqual(['Ann Lee from Acme Support joined the conversation.']);
  });
});
