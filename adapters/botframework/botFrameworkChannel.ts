// The Bot Framework channel (Microsoft Teams, the Bot Framework Emulator, Azure Bot Service
// channels): POST /api/messages through botbuilder's CloudAdapter. Each activity is checked
// (envelope, then token), turned into a runtime turn, and answered through the channel's Bot
// Connector service; conversation references are kept so agents' replies can be delivered later.
import { CloudAdapter, MessageFactory } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { Reply } from '../../src/runtime/createRuntime';
import { admitTurn } from '../../src/server/admitTurn';
import { route } from '../../src/server/createServer';
import { failuresOf } from '../../src/server/failuresOf';
import { failureStatus } from '../../src/server/failureStatus';
import { sendError } from '../../src/server/sendError';
import { turnFailedReply } from '../../src/server/turnFailedReply';
import type { ChannelAdapter, ServerContext } from '../../src/server/serverContext';
import { createBotFrameworkAuth, settingsFromEnv, type BotFrameworkSettings } from './botFrameworkAuth';
import { connectorClientOptions, DEFAULT_CONNECTOR_TIMEOUT_MS, sendWithin } from './connectorTimeout';
import { createConversationMemory } from './conversationMemory';
import { conversationKey } from './conversationKey';
import { handleTurn } from './handleTurn';
import { readActivity } from './readActivity';
import { renderReplies } from './renderReplies';
import { createStartOnce } from './startOnce';
import { verifyRequest } from './verifyRequest';

export const MESSAGES_PATH = '/api/messages';

export interface BotFrameworkChannelOptions {
  /** The app registration. Default: MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId, MicrosoftAppType from the environment. */
  readonly settings?: BotFrameworkSettings;
  /** Conversations whose references are kept for proactive messages; the least recently used go first. Default 10,000. */
  readonly maxConversations?: number;
  /** How long one request to the channel's service URL may take, and a turn waits for its replies. Default 10 s. */
  readonly connectorTimeoutMs?: number;
}

export function createBotFrameworkChannel(options: BotFrameworkChannelOptions = {}): ChannelAdapter {
  const timeoutMs = options.connectorTimeoutMs ?? DEFAULT_CONNECTOR_TIMEOUT_MS;
  const closing = new AbortController();
  const auth = createBotFrameworkAuth(options.settings ?? settingsFromEnv(), connectorClientOptions(timeoutMs, closing.signal));
  const adapter = new CloudAdapter(auth.authentication);
  const memory = createConversationMemory(options.maxConversations ?? 10_000);

  const register = (server: Server, ctx: ServerContext): void => {
    const deps = { ctx, memory, startOnce: createStartOnce(ctx), timeoutMs };
    // A turn that cannot be run: the customer gets the bot's turnFailed message, the failure is
    // logged once (and counted when it repeats), and the channel gets 200, since a retry of the
    // same activity would meet the same fault and the customer was told to send it again.
    adapter.onTurnError = async (context, err) => {
      const activity = context.activity;
      failuresOf(ctx.log).log(err, { channel: activity.channelId, type: activity.type }, 'bot framework turn failed', failureStatus(err).status === 500 ? 'error' : 'warn');
      const conversationId = conversationKey(activity.channelId, activity.conversation?.id ?? '');
      const sorry = turnFailedReply(ctx.runtime.bot, conversationId).text;
      await sendWithin(context, [MessageFactory.text(sorry)], timeoutMs).catch(() => undefined);
    };
    if (!auth.verifiesRequests) ctx.log.warn({ path: MESSAGES_PATH }, 'Bot Framework channel without MicrosoftAppId: unsigned requests are accepted (local use only)');
    server.post(MESSAGES_PATH, route(ctx, async (req: Request, res: Response) => {
      if (!(await admitTurn(ctx, req, res))) return;
      const read = readActivity(req.body);
      if ('error' in read) return sendError(res, 400, 'bad_request', read.error);
      const verified = await verifyRequest(auth, read.activity, req.header('authorization') ?? '');
      if (!verified.ok) {
        if (verified.status === 503) ctx.log.error({ err: verified.cause }, 'bot framework token check failed');
        return sendError(res, verified.status, verified.code, verified.message);
      }
      await adapter.processActivityDirect(verified.result, read.activity, (context) => handleTurn(deps, context));
      res.send(200);
    }));
  };

  const deliver = async (conversationId: string, replies: readonly Reply[]): Promise<boolean> => {
    const known = memory.get(conversationId);
    if (!known) return false;
    if (replies.length === 0) return true;
    const target = { channelId: known.reference.channelId ?? '', conversationType: known.reference.conversation?.conversationType };
    let failure: unknown;
    await adapter.continueConversationAsync(auth.appId, known.reference, async (context) => {
      // Caught here, not by onTurnError: a failed delivery is the caller's to handle, not the customer's.
      await context.sendActivities(renderReplies(replies, target)).catch((err: unknown) => { failure = err ?? new Error('delivery failed'); });
    });
    if (failure !== undefined) throw failure;
    const messages = replies.filter((r) => !r.typing);
    if (messages.length > 0) memory.remember(conversationId, known.reference, messages);
    return true;
  };

  const close = async (): Promise<void> => {
    closing.abort();
    memory.clear();
  };
  return { name: 'botframework', register, deliver, close };
}
