// A customer known across channels, over a real port with the real channel stacks: a site vouches
// for its user (Direct Line token generated with the secret and a user id), who tracks an order on
// the web; the next web conversation of that user starts with the bot remembering it; the same
// customer on Teams (on each SDK) gives their email: the profile links it, but the bot tells nothing of the web
// conversations (anyone can type an email address); the agent who takes their handoff sees both
// earlier conversations in the packet.
import type { BatonStores } from '../../src/store/openStores';
import { startConnectorStandIn, type ConnectorStandIn } from '../adapters/botframework/connectorStandIn';
import { message, personalChat } from '../adapters/botframework/teamsActivities';
import { startAgentConsoleServer, type AgentConsoleServer } from '../support/agentConsoleServer';
import { call } from '../support/directLineHttp';
import { startWebCustomer, type WebCustomer } from '../support/webCustomer';
import { TEAMS_SDKS } from '../adapters/botframework/teamsSdks';

describe.each(TEAMS_SDKS)('Teams on $sdk', ({ createChannel }) => {
  const SECRET = 'site-backend-secret';
  const WELCOME_BACK = /^Welcome back! Last time \(24 Nov, on web chat\) we talked about: Track an order: order number 12345/;

  describe('a customer known across channels', () => {
    let server: AgentConsoleServer;
    let stores: BatonStores;
    let connector: ConnectorStandIn;
    let url: string;

    beforeAll(async () => {
      connector = await startConnectorStandIn();
      server = await startAgentConsoleServer({ directLineSecret: SECRET, rest: false, extraChannels: [createChannel({ settings: {} })] });
      ({ stores, url } = server);
    });
    afterAll(async () => {
      await server.close();
      await connector.close();
    });

    /** The site's backend asks for a token for its signed-in user, then the page talks with it. */
    const webConversation = (userId: string): Promise<WebCustomer> => startWebCustomer(url, SECRET, userId);

    it('links a vouched-for web user and their email, and remembers them in their next web conversation', async () => {
      const first = await webConversation('site-user-42');
      expect(first.greeting.some((t) => /^Welcome back/.test(t))).toBe(false);
      const answer = await first.say('where is my order #12345? I ordered with sam@example.com');
      expect(answer.join(' ')).toMatch(/order 12345/);
      expect(answer.some((t) => /^Welcome back/.test(t))).toBe(false);
      const profile = await stores.conversations.customer('acme', 'web:site-user-42');
      expect(profile?.keys).toEqual(expect.arrayContaining(['web:site-user-42', 'email:sam@example.com']));
      expect(profile?.conversations.map((c) => c.conversationId)).toEqual([first.id]);

      const second = await webConversation('site-user-42');
      expect(second.greeting.filter((t) => WELCOME_BACK.test(t))).toHaveLength(1);
      const later = await second.say('how much is shipping');
      expect(later.some((t) => /^Welcome back/.test(t))).toBe(false);
    });

    it('does not trust a user id the site did not vouch for', async () => {
      const domain = `${url}/v3/directline`;
      // Without the secret a page cannot name a user; tokens/generate needs the secret here.
      const refused = await call(domain, 'POST', '/tokens/generate', { body: { user: { id: 'site-user-42' } } });
      expect(refused.status).toBe(401);
    });

    it('links the customer on Teams by the email they give, tells them nothing of the web conversations, and shows both to the agent', async () => {
      const chat = personalChat(connector.url);
      const post = async (activity: unknown): Promise<string[]> => {
        connector.take();
        const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
        expect(res.status).toBe(200);
        return connector.take().filter((r) => r.activity.type === 'message').map((r) => String(r.activity.text ?? ''));
      };
      const asked = await post(message(chat, 'I want to unsubscribe from your emails'));
      expect(asked.join(' ')).toMatch(/email/i);
      const replies = await post(message(chat, 'sam@example.com'));
      expect(replies.some((t) => /^Welcome back/.test(t))).toBe(false);
      const profile = await stores.conversations.customer('acme', 'email:sam@example.com');
      expect(profile?.keys).toEqual(expect.arrayContaining(['web:site-user-42', 'email:sam@example.com', expect.stringMatching(/^aad:/)]));
      expect(profile?.conversations).toHaveLength(3);
      expect(profile?.conversations.map((c) => c.channel)).toEqual(['webchat', 'webchat', 'msteams']);

      const login = await fetch(`${url}/api/agent/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ agentId: 'ann', password: 'ann-password' }) });
      const { token } = await login.json() as { token: string };
      await post(message(chat, 'I want to talk to a human'));
      const queue = await (await fetch(`${url}/api/agent/queue`, { headers: { authorization: `Bearer ${token}` } })).json() as { handoffs: Array<{ id: string; conversationId: string }> };
      const teamsConversation = profile!.conversations[2]!.conversationId;
      const handoff = queue.handoffs.find((h) => h.conversationId === teamsConversation)!;
      expect(handoff).toBeDefined();
      const detail = await (await fetch(`${url}/api/agent/handoffs/${handoff.id}`, { headers: { authorization: `Bearer ${token}` } })).json() as { packet: { earlierConversations: Array<{ channel?: string; summary: string }> } };
      const earlier = detail.packet.earlierConversations;
      expect(earlier.map((c) => c.channel)).toEqual(['webchat', 'webchat']);
      expect(earlier.some((c) => /order number 12345/.test(c.summary))).toBe(true);
    });
  });
});
