// The channel's Bot Framework authentication, from the app registration's settings. Without an app
// id, requests are accepted unsigned and replies go out without a token: for the Bot Framework
// Emulator and tests on a local machine. With one, every request must carry a JWT that the Bot
// Framework channel signed for this app, and replies are sent with the app's token.
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { ConnectorClientOptions } from './boundedHttpClient';
import { definedSettings, type BotFrameworkSettings } from './botFrameworkSettings';

export { BOT_FRAMEWORK_VARIABLES, settingsFromEnv, type BotFrameworkSettings } from './botFrameworkSettings';

export interface BotFrameworkAuth {
  readonly authentication: ConfigurationBotFrameworkAuthentication;
  /** The bot's Microsoft app id, '' when none is configured. */
  readonly appId: string;
  /** False without an app id: unsigned requests are accepted. */
  readonly verifiesRequests: boolean;
}

/**
 * Throws at start-up, naming the problem, when the settings are inconsistent (e.g. SingleTenant without a tenant).
 * `connector` configures the clients that send replies to the channel.
 */
export function createBotFrameworkAuth(settings: BotFrameworkSettings, connector?: ConnectorClientOptions): BotFrameworkAuth {
  const defined = definedSettings(settings);
  const appId = defined.MicrosoftAppId ?? '';
  try {
    const authentication = new ConfigurationBotFrameworkAuthentication(defined, undefined, undefined, undefined, connector);
    return { authentication, appId, verifiesRequests: appId !== '' };
  } catch (err) {
    throw new Error(`The Bot Framework channel's settings are invalid: ${(err as Error).message}`);
  }
}
