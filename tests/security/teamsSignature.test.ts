// With app credentials set (multi-tenant, or single-tenant with its tenant), the Teams endpoint
// /api/messages acts only on requests the Bot Framework channel signed for this bot. Anything else
// is a 401 JSON error: no conversation stored, no handoff, no reply sent. The channel's (and the
// Emulator's) signing keys come from a local stand-in, so no check reaches the network.
import { conversationKey } from '../../adapters/botframework/conversationKey';
import { startChannelTokenIssuer, type ChannelTokenIssuer } from '../adapters/botframework/channelTokenIssuer';
import { startConnectorStandIn, type ConnectorStandIn } from '../adapters/botframework/connectorStandIn';
import { activityOfType, message, personalChat, TENANT } from '../adapters/botframework/teamsActivities';
import { startAgentConsoleServer, type AgentConsoleServer } from '../support/agentConsoleServer';
import { TEAMS_SDKS } from '../adapters/botframework/teamsSdks';

describe.each(TEAMS_SDKS)('on $sdk', ({ createChannel }) => {
  const APP_ID = '00000000-0000-0000-0000-0000000a9901';
  const EMULATOR_ISSUER = 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/';

  const encode = (part: unknown): string => Buffer.from(JSON.stringify(part)).toString('base64url');

  describe.each([
    ['a multi-tenant app', {}],
    ['a single-tenant app', { MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT }],
  ])('the Teams endpoint of %s with credentials set', (_name, tenancy) => {
    let srv: AgentConsoleServer;
    let connector: ConnectorStandIn;
    let issuer: ChannelTokenIssuer;

    beforeAll(async () => {
      // botbuilder prints the tokens it rejects to the console; the assertions say what matters.
      jest.spyOn(console, 'error').mockImplementation(() => undefined);
      [connector, issuer] = await Promise.all([startConnectorStandIn(), startChannelTokenIssuer()]);
      const settings = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', ...tenancy, ...issuer.settings, ToBotFromEmulatorOpenIdMetadataUrl: issuer.metadataUrl };
      srv = await startAgentConsoleServer({ rest: false, extraChannels: [createChannel({ settings })] });
    });
    afterAll(async () => {
      await Promise.all([srv.close(), connector.close(), issuer.close()]);
      jest.restoreAllMocks();
    });

    async function post(activity: unknown, authorization?: string): Promise<{ status: number; json: any }> {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) };
      const res = await fetch(`${srv.url}/api/messages`, { method: 'POST', headers, body: JSON.stringify(activity) });
      return { status: res.status, json: await res.json().catch(() => undefined) };
    }

    const signed = (claims: Partial<Parameters<ChannelTokenIssuer['sign']>[0]> = {}, key: 'published' | 'other' = 'published') => () =>
      `Bearer ${issuer.sign({ aud: APP_ID, serviceurl: connector.url, ...claims }, key)}`;

    it.each([
      ['an unsigned request', () => undefined],
      ['a bearer value that is not a token', () => 'Bearer not-a-token'],
      ['another scheme', () => `Basic ${Buffer.from(`${APP_ID}:not-a-real-secret`).toString('base64')}`],
      ['an unsigned JWT (alg none)', () => `Bearer ${encode({ alg: 'none', typ: 'JWT' })}.${encode({ iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: connector.url, exp: Math.floor(Date.now() / 1000) + 3600 })}.`],
      ['a JWT signed with a key the channel never published', signed({}, 'other')],
      ['an expired JWT', signed({ expiresIn: -3600 })],
      ['a JWT for another bot', signed({ aud: 'another-app-id' })],
      ['a JWT for another service URL', signed({ serviceurl: 'https://smba.trafficmanager.net/emea/' })],
      ['a JWT from another issuer', signed({ iss: 'https://example.com' })],
      ["a JWT in the Emulator's name, signed with an unknown key", signed({ iss: EMULATOR_ISSUER }, 'other')],
    ])('rejects %s with 401: nothing stored, no handoff, no reply', async (_what, authorization) => {
      const chat = personalChat(connector.url);
      const res = await post(message(chat, 'I want to talk to a human'), authorization());
      expect([res.status, res.json]).toEqual([401, { error: { code: 'unauthorized', message: expect.any(String) } }]);
      expect(await srv.stores.conversations.loadState('acme', conversationKey('msteams', chat.conversationId))).toBeUndefined();
      expect(await srv.app.service.store.list({})).toEqual([]);
      expect([connector.received, connector.unexpected]).toEqual([[], []]);
    });

    it("rejects a JWT signed with a key not endorsed for the activity's channel with 401: nothing stored, no reply", async () => {
      // The stand-in's key is endorsed for msteams only.
      const chat = personalChat(connector.url);
      const res = await post({ ...message(chat, 'I want to talk to a human'), channelId: 'webchat' }, signed()());
      expect([res.status, res.json]).toEqual([401, { error: { code: 'unauthorized', message: expect.any(String) } }]);
      expect(await srv.stores.conversations.loadState('acme', conversationKey('webchat', chat.conversationId))).toBeUndefined();
      expect([connector.received, connector.unexpected]).toEqual([[], []]);
    });

    it('accepts a request the channel signed for this bot', async () => {
      const res = await post(activityOfType(personalChat(connector.url), 'typing'), signed()());
      expect(res.status).toBe(200);
    });
  });
});
