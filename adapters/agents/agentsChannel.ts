// The Bot Framework channel (Microsoft Teams, the Bot Framework Emulator, Azure Bot Service
// channels) on the Microsoft 365 Agents SDK, Microsoft's supported successor to botbuilder: POST
// /api/messages, each activity checked (envelope, then token), run through the SDK's CloudAdapter
// as a runtime turn, and answered through the channel's Bot Connector service; conversation
// references are kept so agents' replies can be delivered later. What happens in a turn is the same
// code as on the botbuilder channel (adapters/botframework/); only the SDK differs.
import { Activity as AgentsActivity, type ConversationReference as AgentsReference } from '@microsoft/agents-activity';
import { CloudAdapter, type ConnectorClient, type TurnContext } from '@microsoft/agents-hosting';
import type { Activity, ConversationReference } from 'botbuilder';
import type { Reply } from '../../src/runtime/createRuntime';
import type { FileLink } from '../botframework/renderReplies';
import type { ChannelAdapter, ServerContext } from '../../src/server/serverContext';
import { settingsFromEnv, type BotFrameworkSettings } from '../botframework/botFrameworkSettings';
import type { ChannelTurn } from '../botframework/channelTurn';
import { DEFAULT_CONNECTOR_TIMEOUT_MS } from '../botframework/connectorTimeout';
import { createConversationMemory } from '../botframework/conversationMemory';
import { deliverProactively } from '../botframework/deliverProactively';
import { handleTurn } from '../botframework/handleTurn';
import type { MessagesEndpoint } from '../botframework/messagesEndpoint';
import { sdkChannel, type SdkChannel } from '../botframework/sdkChannel';
import { createStartOnce } from '../botframework/startOnce';
import { turnFailed } from '../botframework/turnFailed';
import { createAgentsAuth, type AgentsAuth } from './agentsAuth';
import { BoundedCloudAdapter, connectorAuthorization } from './boundedCloudAdapter';
import { createChannelTokenCheck, type CallerIdentity } from './verifyChannelToken';

export interface AgentsChannelOptions {
  /** The app registration. Default: MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId, MicrosoftAppType from the environment. */
  readonly settings?: BotFrameworkSettings;
  /** Conversations whose references are kept for proactive messages; the least recently used go first. Default 10,000. */
  readonly maxConversations?: number;
  /** How long one request to the channel's service URL may take, and a turn waits for its replies. Default 10 s. */
  readonly connectorTimeoutMs?: number;
}

/**
 * Plain Bot Framework JSON as the SDK's activity (dates as the wire carries them). The SDK's schema
 * requires the suggested actions' `to` list, which its own MessageFactory leaves empty (everyone).
 */
const agentsActivity = (activity: Partial<Activity>): AgentsActivity => {
  const wire = JSON.parse(JSON.stringify(activity)) as Partial<Activity>;
  if (wire.suggestedActions && wire.suggestedActions.to === undefined) wire.suggestedActions.to = [];
  return AgentsActivity.fromObject(wire);
};

/** An Agents SDK turn context as the SDK-independent turn: the activity as posted, and its sender. */
const turnOf = (context: TurnContext, activity: Activity): ChannelTurn => ({
  activity,
  send: (activities) => context.sendActivities(activities.map(agentsActivity)),
  connectorAuthorization: () => connectorAuthorization(context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey)),
});

/** The SDK names the bot's account `agent` where botbuilder says `bot`. */
const agentsReference = ({ bot, ...reference }: Partial<ConversationReference>): AgentsReference =>
  ({ ...reference, ...(bot ? { agent: bot } : {}) }) as AgentsReference;

/** The channel, its SDK loaded now. Throws, naming the problem, when the settings are inconsistent. */
export function createAgentsChannel(options: AgentsChannelOptions = {}): ChannelAdapter {
  const auth = createAgentsAuth(options.settings ?? settingsFromEnv());
  const sdk = agentsSdkChannel(auth, options);
  return sdkChannel(auth.verifiesRequests, () => sdk);
}

/** The Agents SDK's side of the channel, for checked settings. */
export function agentsSdkChannel(auth: AgentsAuth, options: AgentsChannelOptions = {}): SdkChannel<CallerIdentity> {
  const timeoutMs = options.connectorTimeoutMs ?? DEFAULT_CONNECTOR_TIMEOUT_MS;
  const closing = new AbortController();
  const checkToken = createChannelTokenCheck(auth.tokens);
  const adapter = new BoundedCloudAdapter(auth.config, timeoutMs, closing.signal);
  const memory = createConversationMemory(options.maxConversations ?? 10_000);
  /** Whom proactive messages are sent as: the app (its token), or nobody without an app id. */
  const sender = auth.appId === '' ? {} : CloudAdapter.createIdentity(auth.appId);

  const endpoint = (ctx: ServerContext): MessagesEndpoint<CallerIdentity> => {
    const deps = { ctx, memory, startOnce: createStartOnce(ctx), timeoutMs };
    adapter.onTurnError = async (context, err) => {
      const { type, channelId, conversation } = context.activity;
      const activity = { type, channelId, conversation: { ...conversation } } as Activity;
      await turnFailed(ctx, turnOf(context, activity), err, timeoutMs);
    };
    return {
      verify: checkToken,
      process: async (identity, activity) => {
        try {
          agentsActivity(activity);
        } catch (err) {
          return { refused: `The activity does not follow the Bot Framework schema: ${schemaProblem(err)}` };
        }
        const answer = recordedAnswer();
        const request = { body: activity as unknown as Record<string, unknown>, headers: {}, method: 'POST', user: identity };
        await adapter.process(request, answer, (context) => handleTurn(deps, turnOf(context, activity)));
        if (answer.statusCode === 400) return { refused: 'The activity was refused: its service URL is not allowed for this bot.' };
        return undefined;
      },
    };
  };

  const deliver = (conversationId: string, replies: readonly Reply[], link?: FileLink): Promise<boolean> =>
    deliverProactively(memory, conversationId, replies, async (reference, activities) => {
      let failure: unknown;
      await adapter.continueConversation(sender, agentsReference(reference), async (context) => {
        // Caught here, not by onTurnError: a failed delivery is the caller's to handle, not the customer's.
        await context.sendActivities(activities.map(agentsActivity)).catch((err: unknown) => { failure = err ?? new Error('delivery failed'); });
      });
      if (failure !== undefined) throw failure;
    }, link);

  const close = async (): Promise<void> => {
    closing.abort();
    memory.clear();
  };
  return { endpoint, deliver, close };
}

/** The first problem the SDK's schema found, in a line. */
function schemaProblem(err: unknown): string {
  const issues = (err as { issues?: Array<{ path?: unknown[]; message?: string }> }).issues;
  const first = Array.isArray(issues) ? issues[0] : undefined;
  if (first) return `"${(first.path ?? []).join('.')}": ${first.message ?? 'invalid'}`.slice(0, 300);
  return String((err as Error)?.message ?? err).split('\n')[0]!.slice(0, 300);
}

/** Takes the SDK's answer to the channel; the endpoint answers the request itself. */
function recordedAnswer() {
  const answer = {
    statusCode: 200,
    headersSent: false,
    writableEnded: false,
    status(code: number) { answer.statusCode = code; return answer; },
    setHeader() { return answer; },
    send() { return answer; },
    end() { answer.writableEnded = true; return answer; },
  };
  return answer;
}
