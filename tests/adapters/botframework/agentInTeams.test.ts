// A Teams customer served by an agent, over the whole app on a real port and a local stand-in for
// the Bot Connector service: they hear who joined, see the agent typing, read the agent's message
// with the agent's name in bold (a bot cannot post as another user), and hear that the agent left.
import { callJson, startAgentConsoleServer, type AgentConsoleServer } from '../../support/agentConsoleServer';
import { startConnectorStandIn, type ConnectorStandIn } from './connectorStandIn';
import { botAdded, message, personalChat } from './teamsActivities';
import { TEAMS_SDKS } from './teamsSdks';

describe.each(TEAMS_SDKS)('on $sdk', ({ createChannel }) => {
  let srv: AgentConsoleServer;
  let connector: ConnectorStandIn;

  beforeAll(async () => {
    connector = await startConnectorStandIn();
    srv = await startAgentConsoleServer({ extraChannels: [createChannel({ settings: {} })] });
  });
  afterAll(async () => {
    await srv.close();
    await connector.close();
  });

  const post = async (activity: unknown): Promise<void> => {
    const res = await fetch(`${srv.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    await res.text();
    expect(res.status).toBe(200);
  };

  /** What reached the Teams conversation since the last look, as "type: text". */
  async function sent(count: number): Promise<string[]> {
    const seen: string[] = [];
    for (let i = 0; i < 100 && seen.length < count; i++) {
      seen.push(...connector.take().map((r) => `${r.activity.type}${r.activity.text !== undefined ? `: ${r.activity.text}` : ''}${r.activity.textFormat === 'markdown' ? ' (markdown)' : ''}`));
      if (seen.length < count) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return seen;
  }

  describe('an agent in a Teams conversation', () => {
    it('tells a Teams customer who joined, shows the agent typing and their name on their message, and says when they left', async () => {
      const ann = (await callJson(srv.url, 'POST', '/api/agent/login', { agentId: 'ann', password: 'ann-password' })).json.token as string;
      const chat = personalChat(connector.url);
      await post(botAdded(chat));
      await post(message(chat, 'I want to talk to a human'));
      connector.take();
      const [handoff] = await srv.app.service.store.list({ statuses: ['waiting'] });

      expect((await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoff!.id}/claim`, {}, ann)).status).toBe(200);
      expect(await sent(1)).toEqual(['message: Ann Lee from Acme Support joined the conversation.']);
      expect((await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoff!.id}/typing`, {}, ann)).status).toBe(202);
      expect(await sent(1)).toEqual(['typing']);
      expect((await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoff!.id}/reply`, { text: 'Hi, I can help with that_now.' }, ann)).json.delivered).toBe(true);
      expect(await sent(1)).toEqual(['message: **Ann Lee:** Hi, I can help with that\\_now. (markdown)']);
      expect((await callJson(srv.url, 'POST', `/api/agent/handoffs/${handoff!.id}/resolve`, {}, ann)).status).toBe(200);
      expect((await sent(2))[0]).toBe('message: Ann Lee has left the conversation.');
    });
  });
});
