// The Teams / Bot Framework channel on the SDK the setting BATON_TEAMS_SDK names: `agents` (the
// default: the Microsoft 365 Agents SDK) or `botbuilder` (its predecessor, whose support Microsoft
// ended on 2025-12-31). Both serve POST /api/messages with the same settings and behaviour, and pass
// the same tests. Only the chosen SDK is loaded: each takes a large part of a second. The Agents SDK
// loads on the first request to /api/messages (its settings are checked at start); botbuilder, whose
// own classes check its settings, loads at start.
import type { ChannelAdapter } from '../src/server/serverContext';
import { createAgentsAuth } from './agents/agentsAuth';
import type { AgentsChannelOptions } from './agents/agentsChannel';
import type { BotFrameworkChannelOptions } from './botframework/botFrameworkChannel';
import { settingsFromEnv } from './botframework/botFrameworkSettings';
import { sdkChannel } from './botframework/sdkChannel';

export const TEAMS_SDK_VARIABLE = 'BATON_TEAMS_SDK';
export const TEAMS_SDKS = ['agents', 'botbuilder'] as const;
export type TeamsSdkName = (typeof TEAMS_SDKS)[number];
export const DEFAULT_TEAMS_SDK: TeamsSdkName = 'agents';

/** The SDK BATON_TEAMS_SDK names (unset or empty: the default); throws, naming the choices, on any other value. */
export function teamsSdkFromEnv(env: NodeJS.ProcessEnv = process.env): TeamsSdkName {
  const given = env[TEAMS_SDK_VARIABLE]?.trim().toLowerCase() || DEFAULT_TEAMS_SDK;
  if ((TEAMS_SDKS as readonly string[]).includes(given)) return given as TeamsSdkName;
  throw new Error(`${TEAMS_SDK_VARIABLE} must be ${TEAMS_SDKS.join(' or ')}, not "${env[TEAMS_SDK_VARIABLE]}".`);
}

export function createTeamsChannel(sdk: TeamsSdkName = teamsSdkFromEnv(), options: BotFrameworkChannelOptions & AgentsChannelOptions = {}): ChannelAdapter {
  if (sdk === 'agents') {
    const auth = createAgentsAuth(options.settings ?? settingsFromEnv());
    return sdkChannel(auth.verifiesRequests, () => (require('./agents/agentsChannel') as typeof import('./agents/agentsChannel')).agentsSdkChannel(auth, options));
  }
  const { createBotFrameworkChannel } = require('./botframework/botFrameworkChannel') as typeof import('./botframework/botFrameworkChannel');
  return createBotFrameworkChannel(options);
}
