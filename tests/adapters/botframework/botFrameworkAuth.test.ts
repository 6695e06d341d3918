// The Bot Framework channel's settings and token check, on each SDK. What the endpoint does with
// unsigned, forged or expired requests is in the security suite (tests/security/teamsSignature.test.ts).
import { settingsFromEnv } from '../../../adapters/botframework/botFrameworkAuth';
import { startChannelTokenIssuer, type ChannelTokenIssuer } from './channelTokenIssuer';
import { startConnectorStandIn, type ConnectorStandIn } from './connectorStandIn';
import { message, personalChat } from './teamsActivities';
import { TEAMS_SDKS } from './teamsSdks';

const APP_ID = '00000000-0000-0000-0000-0000000a9901';

let connector: ConnectorStandIn;
let issuer: ChannelTokenIssuer;

beforeAll(async () => {
  [connector, issuer] = await Promise.all([startConnectorStandIn(), startChannelTokenIssuer()]);
});
afterAll(async () => {
  await Promise.all([connector.close(), issuer.close()]);
});

describe.each(TEAMS_SDKS)('on $sdk', ({ createTokenCheck }) => {
  describe('checking a token', () => {
    it("answers 503, not 401, when the channel's signing keys cannot be fetched", async () => {
      const unreachable = { ...issuer.settings, ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:1/v1/.well-known/openidconfiguration' };
      const check = createTokenCheck({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', ...unreachable });
      const activity = message(personalChat(connector.url), 'hello') as any;
      const verdict = await check.verify(activity, `Bearer ${issuer.sign({ aud: APP_ID, serviceurl: connector.url })}`);
      expect(verdict).toMatchObject({ ok: false, status: 503, code: 'auth_unavailable' });
    });
  });

  describe('the Bot Framework settings', () => {
    it('accepts unsigned requests only when no app id is configured', () => {
      expect(createTokenCheck({}).verifiesRequests).toBe(false);
      expect(createTokenCheck({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x' }).verifiesRequests).toBe(true);
    });

    it('fails at start-up, naming the problem, when a single-tenant app has no tenant', () => {
      expect(() => createTokenCheck({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant' }))
        .toThrow(/settings are invalid: MicrosoftAppTenantId is required for SingleTenant/);
    });
  });
});

describe('the Bot Framework settings from the environment', () => {
  it('reads the four variables from the environment and treats empty ones as unset', () => {
    expect(settingsFromEnv({ MicrosoftAppId: ' id ', MicrosoftAppPassword: '', MicrosoftAppType: 'SingleTenant', OTHER: 'x' })).toEqual({
      MicrosoftAppId: 'id', MicrosoftAppPassword: undefined, MicrosoftAppTenantId: undefined, MicrosoftAppType: 'SingleTenant',
    });
  });
});
