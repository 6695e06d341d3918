// The Agents SDK channel's reading of the app registration's settings: the SDK configuration it
// builds for each kind of app, and inconsistent settings refused at start-up with the problem named.
import { createAgentsAuth } from '../../../adapters/agents/agentsAuth';

const APP_ID = '00000000-0000-0000-0000-0000000a9901';
const TENANT = '72f988bf-0000-0000-0000-000000000001';

describe('createAgentsAuth', () => {
  it('configures a multi-tenant app with its secret, and a single-tenant app with its tenant', () => {
    expect(createAgentsAuth({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 's' }).config).toEqual({ clientId: APP_ID, authType: 'ClientSecret', clientSecret: 's' });
    expect(createAgentsAuth({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 's', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT }).config)
      .toEqual({ clientId: APP_ID, authType: 'ClientSecret', clientSecret: 's', tenantId: TENANT });
  });

  it('configures a user-assigned managed identity without a secret', () => {
    expect(createAgentsAuth({ MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT }).config)
      .toEqual({ clientId: APP_ID, authType: 'UserManagedIdentity', tenantId: TENANT });
  });

  it('checks tokens against the Bot Framework key locations unless told otherwise', () => {
    expect(createAgentsAuth({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 's' }).tokens).toEqual({
      appId: APP_ID,
      channelMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
      channelIssuer: 'https://api.botframework.com',
      emulatorMetadataUrl: 'https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration',
    });
    expect(createAgentsAuth({ ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:9/meta' }).tokens.channelMetadataUrl).toBe('http://127.0.0.1:9/meta');
  });

  it.each([
    [{ MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT }, 'MicrosoftAppId is required for SingleTenant.'],
    [{ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 's', MicrosoftAppType: 'UserAssignedMSI' }, 'MicrosoftAppTenantId is required for UserAssignedMSI.'],
    [{ MicrosoftAppId: APP_ID }, 'MicrosoftAppPassword is required for MultiTenant.'],
    [{ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 's', MicrosoftAppType: 'Tenantless' }, 'MicrosoftAppType must be SingleTenant, MultiTenant or UserAssignedMSI, not "Tenantless".'],
    [{ ToBotFromChannelOpenIdMetadataUrl: 'not a url' }, 'ToBotFromChannelOpenIdMetadataUrl must be a URL.'],
  ])('refuses %j: %s', (settings, problem) => {
    expect(() => createAgentsAuth(settings)).toThrow(`The Bot Framework channel's settings are invalid: ${problem}`);
  });

  it('accepts unsigned requests, and sends without a token, only without an app id', () => {
    const auth = createAgentsAuth({});
    expect([auth.appId, auth.verifiesRequests]).toEqual(['', false]);
  });
});
