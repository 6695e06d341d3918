// The app registration's settings for the Bot Framework channel, whichever SDK runs it: the four
// variables Azure's bot resource documents (and botbuilder read), and, for tests and sovereign
// clouds, where the channel's and the Emulator's token signing keys are published.
export const BOT_FRAMEWORK_VARIABLES = ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppTenantId', 'MicrosoftAppType'] as const;

export type BotFrameworkSettings = Readonly<Record<string, string | undefined>>;

/** The four variables, from the environment; empty values count as unset. */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): BotFrameworkSettings {
  return Object.fromEntries(BOT_FRAMEWORK_VARIABLES.map((name) => [name, env[name]?.trim() || undefined]));
}

/** The settings that are set, trimmed; empty values count as unset. */
export function definedSettings(settings: BotFrameworkSettings): Record<string, string> {
  return Object.fromEntries(Object.entries(settings).flatMap(([name, value]) => (typeof value === 'string' && value.trim() !== '' ? [[name, value.trim()]] : [])));
}
