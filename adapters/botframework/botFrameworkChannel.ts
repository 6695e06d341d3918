// The Bot Framework channel (Microsoft Teams, the Bot Framework Emulator, Azure Bot Service
// channels) on botbuilder's CloudAdapter: POST /api/messages, each activity checked (envelope, then
// token), turned into a runtime turn, and answered through the channel's Bot Connector service;
// conversation references are kept so agents' replies can be delivered later.
import { CloudAdapter, type Activity, type TurnContext } from 'botbuilder';
import type { Reply } from '../../src/runtime/createRuntime';
import type { FileLink } from './renderReplies';
import { signedAuthorization } from './signedAuthorization';
import type { ChannelAdapter, ServerContext } from '../../src/server/serverContext';
import { createBotFrameworkAuth, settingsFromEnv, type BotFrameworkSettings } from './botFrameworkAuth';
import type { ChannelTurn } from './channelTurn';
import { connectorClientOptions, DEFAULT_CONNECTOR_TIMEOUT_MS } from './connectorTimeout';
import { createConversationMemory } from './conversationMemory';
import { deliverProactively } from './deliverProactively';
import { handleTurn } from './handleTurn';
import type { MessagesEndpoint } from './messagesEndpoint';
import { sdkChannel } from './sdkChannel';
import { createStartOnce } from './startOnce';
import { turnFailed } from './turnFailed';
import { verifyRequest, type VerifiedRequest } from './verifyRequest';

export { MESSAGES_PATH } from './messagesEndpoint';

export interface BotFrameworkChannelOptions {
  /** The app registration. Default: MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId, MicrosoftAppType from the environment. */
  readonly settings?: BotFrameworkSettings;
  /** Conversations whose references are kept for proactive messages; the least recently used go first. Default 10,000. */
  readonly maxConversations?: number;
  /** How long one request to the channel's service URL may take, and a turn waits for its replies. Default 10 s. */
  readonly connectorTimeoutMs?: number;
}

/** A botbuilder turn context as the SDK-independent turn: the activity as posted, and its sender. */
const turnOf = (context: TurnContext, activity: Activity = context.activity): ChannelTurn => ({
  activity,
  send: (activities) => context.sendActivities(activities),
  connectorAuthorization: () => signedAuthorization(context.turnState.get(context.adapter.ConnectorClientKey)),
});

/** The channel on botbuilder. Throws, naming the problem, when the settings are inconsistent. */
export function createBotFrameworkChannel(options: BotFrameworkChannelOptions = {}): ChannelAdapter {
  const timeoutMs = options.connectorTimeoutMs ?? DEFAULT_CONNECTOR_TIMEOUT_MS;
  const closing = new AbortController();
  const auth = createBotFrameworkAuth(options.settings ?? settingsFromEnv(), connectorClientOptions(timeoutMs, closing.signal));
  const adapter = new CloudAdapter(auth.authentication);
  const memory = createConversationMemory(options.maxConversations ?? 10_000);

  const endpoint = (ctx: ServerContext): MessagesEndpoint<VerifiedRequest> => {
    const deps = { ctx, memory, startOnce: createStartOnce(ctx), timeoutMs };
    adapter.onTurnError = (context, err) => turnFailed(ctx, turnOf(context), err, timeoutMs);
    return {
      verify: (activity, authorization) => verifyRequest(auth, activity, authorization),
      process: (verified, activity) => adapter.processActivityDirect(verified, activity, (context) => handleTurn(deps, turnOf(context, activity))),
    };
  };

  const deliver = (conversationId: string, replies: readonly Reply[], link?: FileLink): Promise<boolean> =>
    deliverProactively(memory, conversationId, replies, async (reference, activities) => {
      let failure: unknown;
      await adapter.continueConversationAsync(auth.appId, reference, async (context) => {
        // Caught here, not by onTurnError: a failed delivery is the caller's to handle, not the customer's.
        await context.sendActivities(activities).catch((err: unknown) => { failure = err ?? new Error('delivery failed'); });
      });
      if (failure !== undefined) throw failure;
    }, link);

  const close = async (): Promise<void> => {
    closing.abort();
    memory.clear();
  };
  return sdkChannel(auth.verifiesRequests, () => ({ endpoint, deliver, close }));
}
