// Puts a Baton server together: runtime, stores (SQLite, memory or Redis: see openStores), handoff
// queue, agent accounts and presence, channels and the agent API with its console at /agent and
// the analytics dashboard at /agent/analytics.
// `baton start` and the end-to-end tests build the same app.
import type { Server } from 'restify';
import { agentConsole } from '../../adapters/console/agentConsole';
import type { CompiledBot } from '../config/compiledBot';
import type { AgentDirectory } from '../handoff/agentDirectory';
import { staffedQueues, type AgentPresence } from '../handoff/agentPresence';
import { servesIn } from '../handoff/agentLanguages';
import { announceAgents } from '../handoff/announceAgents';
import { announcePositions } from '../handoff/announcePositions';
import { connectHandoffs } from '../handoff/connectHandoffs';
import { HandoffService } from '../handoff/handoffService';
import { sendHandoffWebhooks } from '../handoff/outgoingWebhooks';
import { ticketAnswersInChat } from '../handoff/ticketAnswersInChat';
import type { TicketMailer } from '../handoff/ticketMailer';
import { TicketService } from '../handoff/ticketService';
import type { AnalyticsEvent } from '../analytics/analyticsEvent';
import { handoffEvents } from '../analytics/handoffEvents';
import { turnEvents } from '../analytics/turnEvents';
import { turnLog } from './turnLog';
import { createBatonMetrics } from '../metrics/batonMetrics';
import { metricsRoute } from '../metrics/metricsRoute';
import { waitingByQueue } from '../metrics/waitingByQueue';
import type { BotNlu } from '../runtime/botNlu';
import { systemClock, type Clock } from '../runtime/clock';
import { createRuntime, type Runtime } from '../runtime/createRuntime';
import type { ConversationStore } from '../store/conversationStore';
import type { BatonStores } from '../store/openStores';
import { createAttachmentUrls } from '../attachments/attachmentUrls';
import { agentApi } from './agentApi';
import { attachmentRoute } from './attachmentRoute';
import { agentsOnlineRoute } from './agentsOnlineRoute';
import { agentTypingRoute } from './agentTypingRoute';
import { analyticsApi } from './analyticsApi';
import { savedRepliesApi } from './savedRepliesApi';
import { ticketApi } from './ticketApi';
import { createServer } from './createServer';
import { deliverInOrder } from './deliverInOrder';
import { deliverToCustomer } from './deliverToCustomer';
import type { Logger } from './logger';
import { DEFAULT_LIMITS, type ChannelAdapter, type Limits, type ServerContext } from './serverContext';
import { repeatedFailures } from './repeatedFailures';
import { sampleHooks, usesSampleHooks } from './sampleHooks';

export interface BatonAppOptions {
  readonly bot: CompiledBot;
  readonly nlu: BotNlu;
  readonly stores: BatonStores;
  readonly channels: readonly ChannelAdapter[];
  readonly log: Logger;
  readonly clock?: Clock;
  readonly limits?: Limits;
  /** Emails answers to tickets; without it the ticket API refuses answers (409 no_mail). */
  readonly mailer?: TicketMailer;
  /** The server's own address once it listens, for webhooks whose URL is a path. */
  readonly ownUrl?: () => string | undefined;
  /** Where customers' channels reach this server (BATON_PUBLIC_URL), for files they fetch themselves. */
  readonly publicUrl?: string;
}

export interface BatonApp {
  readonly server: Server;
  readonly runtime: Runtime;
  readonly store: ConversationStore;
  readonly service: HandoffService;
  readonly accounts: AgentDirectory;
  readonly presence: AgentPresence;
  readonly tickets: TicketService;
}

export function createBatonApp(options: BatonAppOptions): BatonApp {
  const clock = options.clock ?? systemClock;
  const { stores } = options;
  const store = stores.conversations;
  const service = new HandoffService(stores.handoffs, clock, stores.bus);
  const accounts = stores.agents;
  const presence = stores.presence;
  let runtime: Runtime | undefined;
  const currentBot = (): CompiledBot => runtime?.bot ?? options.bot;
  const tickets = new TicketService(stores.handoffs, clock, currentBot, options.mailer);
  const metrics = createBatonMetrics({ waitingByQueue: waitingByQueue(service, () => Object.keys(currentBot().handoff.queues)) });
  // A store that stops fails every turn the same way: the log gets the first failure and a count.
  const failures = repeatedFailures(options.log);
  // Analytics are recorded beside the turn, never delaying or failing it.
  const record = (events: readonly AnalyticsEvent[]): void => {
    if (events.length === 0) return;
    stores.analytics.record(events).catch((err: Error) => failures.log(err, {}, 'analytics events not recorded'));
  };
  service.onEvent((event) => {
    if (event.name === 'handoff.claimed') metrics.handoffClaimed(event.handoff);
    record(handoffEvents(event));
  });
  runtime = createRuntime({
    bot: options.bot, nlu: options.nlu, store, clock, lock: stores.lock, ...(options.ownUrl ? { ownUrl: options.ownUrl } : {}),
    onEffect: connectHandoffs(service, store, currentBot),
    welcomeReplies: ticketAnswersInChat(tickets, store),
    staffing: async (language) => {
      const bot = currentBot();
      return staffedQueues(Object.keys(bot.handoff.queues), await presence.online(clock.now()), (agent, queue) => servesIn(agent, bot, queue, language));
    },
    onTurn: (outcome, ms) => {
      metrics.turnFinished(outcome, ms);
      record(turnEvents(outcome, ms));
      for (const effect of outcome.effects) {
        if (effect.type === 'warning') options.log.warn({ conversationId: outcome.conversationId, code: effect.code }, effect.message);
      }
      if (options.log.isLevelEnabled('debug')) options.log.debug(turnLog(outcome, ms), 'turn');
    },
    onTurnError: (err, conversationId) => {
      metrics.failed('turn');
      failures.log(err, { conversationId }, 'turn failed');
    },
  });
  sendHandoffWebhooks(service, {
    receivers: () => currentBot().handoff.notify,
    onFailure: (url, event, error) => {
      metrics.failed('webhook');
      options.log.warn({ url, event, error }, 'handoff webhook failed');
    },
  });
  const deliver = deliverInOrder(deliverToCustomer(options.channels, stores.bus ? { bus: stores.bus } : {}));
  announcePositions(service, currentBot, deliver);
  announceAgents(service, accounts, currentBot, deliver);
  const refusesFiles = (conversationId: string, ctx: ServerContext): string | undefined => options.channels.map((c) => c.refusesFiles?.(conversationId, ctx)).find((why) => why !== undefined);
  const api = agentApi({ service, accounts, presence, clock, deliver, refusesFiles });
  // Files' addresses are signed with a key derived from the store's, so every process accepts them.
  const files = { store: stores.attachments, urls: createAttachmentUrls(stores.directLine.signingKey, { clock }), ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}) };
  const server = createServer({ runtime, store, log: options.log, limits: options.limits ?? DEFAULT_LIMITS, rateLimiters: stores.rateLimiters, files }, [
    ...options.channels, api, attachmentRoute(), ticketApi({ tickets, accounts, presence, clock }), agentTypingRoute({ service, accounts, presence, clock, deliver }), agentsOnlineRoute(presence, currentBot, clock), agentConsole({ accounts, clock }), analyticsApi({ analytics: stores.analytics, accounts, clock }), savedRepliesApi({ service, accounts, clock }), metricsRoute(metrics.registry),
    ...(usesSampleHooks(options.bot) ? [sampleHooks()] : []),
  ]);
  return { server, runtime, store, service, accounts, presence, tickets };
}
