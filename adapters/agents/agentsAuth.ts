// The Bot Framework channel's authentication on the Microsoft 365 Agents SDK, from the same settings
// as the botbuilder channel (MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId,
// MicrosoftAppType): the SDK's AuthConfiguration, with which it gets the app's token for replies,
// and where the tokens of incoming requests are checked. Without an app id, requests are accepted
// unsigned and replies go out without a token: for the Bot Framework Emulator and local tests.
// Types only: the settings are checked at start without loading the SDK.
import type { AuthConfiguration, AuthType } from '@microsoft/agents-hosting';
import { definedSettings, type BotFrameworkSettings } from '../botframework/botFrameworkSettings';

/** Where the Bot Framework channel and the Emulator publish the keys that sign their tokens. */
const DEFAULT_CHANNEL_METADATA_URL = 'https://login.botframework.com/v1/.well-known/openidconfiguration';
const DEFAULT_CHANNEL_ISSUER = 'https://api.botframework.com';
const DEFAULT_EMULATOR_METADATA_URL = 'https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration';

/**
 * The SDK refuses to start without a client id when NODE_ENV is production; Baton's channel without
 * an app id still accepts unsigned requests (with a warning at start), as the botbuilder channel does.
 * This id never reaches a token: requests and replies without an app id are anonymous.
 */
const UNSIGNED_CLIENT_ID = 'baton-unsigned-local';

export interface AgentsTokenSettings {
  /** The bot's Microsoft app id: the audience of every token. */
  readonly appId: string;
  /** The app's tenant, for single-tenant and managed-identity apps. */
  readonly tenantId?: string;
  readonly channelMetadataUrl: string;
  readonly channelIssuer: string;
  readonly emulatorMetadataUrl: string;
}

export interface AgentsAuth {
  readonly config: AuthConfiguration;
  /** The bot's Microsoft app id, '' when none is configured. */
  readonly appId: string;
  /** False without an app id: unsigned requests are accepted. */
  readonly verifiesRequests: boolean;
  readonly tokens: AgentsTokenSettings;
}

const APP_TYPES = { singletenant: 'SingleTenant', multitenant: 'MultiTenant', userassignedmsi: 'UserAssignedMSI' } as const;

/** Throws at start-up, naming the problem, when the settings are inconsistent (e.g. SingleTenant without a tenant). */
export function createAgentsAuth(settings: BotFrameworkSettings): AgentsAuth {
  const defined = definedSettings(settings);
  const appId = defined.MicrosoftAppId ?? '';
  const tenantId = defined.MicrosoftAppTenantId;
  const invalid = (problem: string): Error => new Error(`The Bot Framework channel's settings are invalid: ${problem}`);
  const given = defined.MicrosoftAppType;
  const appType = given === undefined ? 'MultiTenant' : APP_TYPES[given.toLowerCase() as keyof typeof APP_TYPES];
  if (appType === undefined) throw invalid(`MicrosoftAppType must be SingleTenant, MultiTenant or UserAssignedMSI, not "${given}".`);
  if (given !== undefined && appId === '') throw invalid(`MicrosoftAppId is required for ${appType}.`);
  if (appType !== 'MultiTenant' && tenantId === undefined) throw invalid(`MicrosoftAppTenantId is required for ${appType}.`);
  if (appId !== '' && appType !== 'UserAssignedMSI' && defined.MicrosoftAppPassword === undefined) throw invalid(`MicrosoftAppPassword is required for ${appType}.`);
  for (const name of ['ToBotFromChannelOpenIdMetadataUrl', 'ToBotFromEmulatorOpenIdMetadataUrl']) {
    if (defined[name] !== undefined && !URL.canParse(defined[name])) throw invalid(`${name} must be a URL.`);
  }

  const config: AuthConfiguration = appId === ''
    ? { clientId: UNSIGNED_CLIENT_ID }
    : {
        clientId: appId,
        ...(appType === 'UserAssignedMSI' ? { authType: 'UserManagedIdentity' as AuthType.UserManagedIdentity } : { authType: 'ClientSecret' as AuthType.ClientSecret, clientSecret: defined.MicrosoftAppPassword }),
        ...(appType !== 'MultiTenant' ? { tenantId } : {}),
      };
  return {
    config,
    appId,
    verifiesRequests: appId !== '',
    tokens: {
      appId,
      ...(appType !== 'MultiTenant' ? { tenantId } : {}),
      channelMetadataUrl: defined.ToBotFromChannelOpenIdMetadataUrl ?? DEFAULT_CHANNEL_METADATA_URL,
      channelIssuer: defined.ToBotFromChannelTokenIssuer ?? DEFAULT_CHANNEL_ISSUER,
      emulatorMetadataUrl: defined.ToBotFromEmulatorOpenIdMetadataUrl ?? DEFAULT_EMULATOR_METADATA_URL,
    },
  };
}
