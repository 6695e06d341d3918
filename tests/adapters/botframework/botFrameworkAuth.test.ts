// With an app registration configured, the channel accepts only requests the Bot Framework channel
// signed for this bot: anything else is a 401 JSON error and nothing is sent to the conversation.
import { createBotFrameworkAuth, settingsFromEnv } from '../../../adapters/botframework/botFrameworkAuth';
import { createBotFrameworkChannel } from '../../../adapters/botframework/botFrameworkChannel';
import { verifyRequest } from '../../../adapters/botframework/verifyRequest';
import { startTestServer, type TestServer } from '../../support/startTestServer';
import { startChannelTokenIssuer, type ChannelTokenIssuer } from './channelTokenIssuer';
import { startConnectorStandIn, type ConnectorStandIn } from './connectorStandIn';
import { activityOfType, message, personalChat } from './teamsActivities';

const APP_ID = '00000000-0000-0000-0000-0000000a9901';

let server: TestServer;
let connector: ConnectorStandIn;
let issuer: ChannelTokenIssuer;

beforeAll(async () => {
  // botbuilder prints the tokens it rejects to the console; the assertions say what matters.
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  connector = await startConnectorStandIn();
  issuer = await startChannelTokenIssuer();
  const settings = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', ...issuer.settings };
  server = await startTestServer([createBotFrameworkChannel({ settings })]);
});
afterAll(async () => {
  await server.close();
  await connector.close();
  await issuer.close();
  jest.restoreAllMocks();
});

async function post(activity: unknown, authorization?: string): Promise<{ status: number; json: any }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) };
  const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers, body: JSON.stringify(activity) });
  return { status: res.status, json: await res.json().catch(() => undefined) };
}

describe('the Bot Framework channel with app credentials', () => {
  it('rejects an unsigned request with 401 and sends no reply', async () => {
    const res = await post(message(personalChat(connector.url), 'hello'));
    expect(res.status).toBe(401);
    expect(res.json).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    expect(connector.received).toEqual([]);
  });

  it.each([
    ['a bearer value that is not a token', () => 'Bearer not-a-token'],
    ['a token signed with a key the channel never published', () => `Bearer ${issuer.sign({ aud: APP_ID, serviceurl: connector.url }, 'other')}`],
    ['a token for another bot', () => `Bearer ${issuer.sign({ aud: 'another-app-id', serviceurl: connector.url })}`],
    ['a token for another service URL', () => `Bearer ${issuer.sign({ aud: APP_ID, serviceurl: 'https://smba.trafficmanager.net/emea/' })}`],
    ['a token from another issuer', () => `Bearer ${issuer.sign({ aud: APP_ID, serviceurl: connector.url, iss: 'https://example.com' })}`],
    ['an expired token', () => `Bearer ${issuer.sign({ aud: APP_ID, serviceurl: connector.url, expiresIn: -3600 })}`],
  ])('rejects %s with 401', async (_name, authorization) => {
    const res = await post(message(personalChat(connector.url), 'hello'), authorization());
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe('unauthorized');
    expect(connector.received).toEqual([]);
  });

  it('accepts a request the channel signed for this bot', async () => {
    const chat = personalChat(connector.url);
    const res = await post(activityOfType(chat, 'typing'), `Bearer ${issuer.sign({ aud: APP_ID, serviceurl: connector.url })}`);
    expect(res.status).toBe(200);
  });
});

describe('checking a token', () => {
  it("answers 503, not 401, when the channel's signing keys cannot be fetched", async () => {
    const unreachable = { ...issuer.settings, ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:1/v1/.well-known/openidconfiguration' };
    const auth = createBotFrameworkAuth({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', ...unreachable });
    const activity = message(personalChat(connector.url), 'hello') as any;
    const verdict = await verifyRequest(auth, activity, `Bearer ${issuer.sign({ aud: APP_ID, serviceurl: connector.url })}`);
    expect(verdict).toMatchObject({ ok: false, status: 503, code: 'auth_unavailable' });
  });
});

describe('the Bot Framework settings', () => {
  it('reads the four variables from the environment and treats empty ones as unset', () => {
    expect(settingsFromEnv({ MicrosoftAppId: ' id ', MicrosoftAppPassword: '', MicrosoftAppType: 'SingleTenant', OTHER: 'x' })).toEqual({
      MicrosoftAppId: 'id', MicrosoftAppPassword: undefined, MicrosoftAppTenantId: undefined, MicrosoftAppType: 'SingleTenant',
    });
  });

  it('accepts unsigned requests only when no app id is configured', () => {
    expect(createBotFrameworkAuth({}).verifiesRequests).toBe(false);
    expect(createBotFrameworkAuth({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x' }).verifiesRequests).toBe(true);
  });

  it('fails at start-up, naming the problem, when a single-tenant app has no tenant', () => {
    expect(() => createBotFrameworkAuth({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant' }))
      .toThrow(/settings are invalid: MicrosoftAppTenantId is required for SingleTenant/);
  });
});
