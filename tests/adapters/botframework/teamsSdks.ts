// The Bot Framework channel on each SDK Baton offers (botbuilder, and the Microsoft 365 Agents
// SDK), for the tests that hold both to the same behaviour: `describe.each(TEAMS_SDKS)('on $sdk', ...)`.
import type { Activity } from 'botbuilder';
import { createAgentsAuth } from '../../../adapters/agents/agentsAuth';
import { createChannelTokenCheck } from '../../../adapters/agents/verifyChannelToken';
import { createBotFrameworkAuth } from '../../../adapters/botframework/botFrameworkAuth';
import type { BotFrameworkChannelOptions } from '../../../adapters/botframework/botFrameworkChannel';
import type { BotFrameworkSettings } from '../../../adapters/botframework/botFrameworkSettings';
import type { Verification } from '../../../adapters/botframework/messagesEndpoint';
import { verifyRequest } from '../../../adapters/botframework/verifyRequest';
import { createTeamsChannel } from '../../../adapters/teamsChannel';
import type { ChannelAdapter } from '../../../src/server/serverContext';

/** The channel's token check on its own: whether it checks at all, and its verdict on a request. */
export interface TokenCheck {
  readonly verifiesRequests: boolean;
  verify(activity: Activity, authorization: string): Promise<Verification<unknown>>;
}

export interface TeamsSdk {
  readonly sdk: 'botbuilder' | 'agents';
  readonly createChannel: (options?: BotFrameworkChannelOptions) => ChannelAdapter;
  /** Throws, naming the problem, on inconsistent settings. */
  readonly createTokenCheck: (settings: BotFrameworkSettings) => TokenCheck;
}

export const TEAMS_SDKS: readonly TeamsSdk[] = [
  {
    sdk: 'botbuilder',
    // As `baton start` builds it (BATON_TEAMS_SDK=botbuilder).
    createChannel: (options) => createTeamsChannel('botbuilder', options),
    createTokenCheck: (settings) => {
      const auth = createBotFrameworkAuth(settings);
      return { verifiesRequests: auth.verifiesRequests, verify: (activity, authorization) => verifyRequest(auth, activity, authorization) };
    },
  },
  {
    sdk: 'agents',
    // As `baton start` builds it: the SDK loaded on the first request.
    createChannel: (options) => createTeamsChannel('agents', options),
    createTokenCheck: (settings) => {
      const auth = createAgentsAuth(settings);
      return { verifiesRequests: auth.verifiesRequests, verify: createChannelTokenCheck(auth.tokens) };
    },
  },
];
