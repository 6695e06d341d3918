// The channel's Bot Framework authentication, from the app registration's settings. Without an app
// id, requests are accepted unsigned and replies go out without a token: for the Bot Framework
// Emulator and tests on a local machine. With one, every request must carry a JWT that the Bot
// Framework channel signed for this app, and replies are sent with the app's token.
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { ConnectorClientOptions } from './boundedHttpClient';

/** The environment variables botbuilder reads, and Azure's bot resource documents. */
export const BOT_FRAMEWORK_VARIABLES = ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppTenantId', 'MicrosoftAppType'] as const;

export type BotFrameworkSettings = Readonly<Record<string, string | undefined>>;

export interface BotFrameworkAuth {
  readonly authentication: ConfigurationBotFrameworkAuthentication;
  /** The bot's Microsoft app id, '' when none is configured. */
  readonly appId: string;
  /** False without an app id: unsigned requests are accepted. */
  readonly verifiesRequests: boolean;
}

/** The four variables, from the environment; empty values count as unset. */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): BotFrameworkSettings {
  return Object.fromEntries(BOT_FRAMEWORK_VARIABLES.map((name) => [name, env[name]?.trim() || undefined]));
}

/**
 * Throws at start-up, naming the problem, when the settings are inconsistent (e.g. SingleTenant without a tenant).
 * `connector` configures the clients that send replies to the channel.
 */
export function createBotFrameworkAuth(settings: BotFrameworkSettings, connector?: ConnectorClientOptions): BotFrameworkAuth {
  const defined = Object.fromEntries(Object.entries(settings).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== ''));
  const appId = defined.MicrosoftAppId ?? '';
  try {
    const authentication = new ConfigurationBotFrameworkAuthentication(defined, undefined, undefined, undefined, connector);
    return { authentication, appId, verifiesRequests: appId !== '' };
  } catch (err) {
    throw new Error(`The Bot Framework channel's settings are invalid: ${(err as Error).message}`);
  }
}
