// Puts a Baton server together: runtime, SQLite stores, handoff queue, agent accounts, channels and
// the agent API with its console at /agent. `baton start` and the end-to-end tests build the same app.
import type Database from 'better-sqlite3';
import { agentConsole } from '../../adapters/console/agentConsole';
import type { ChannelAdapter } from './serverContext';
import type { CompiledBot } from '../config/compiledBot';
import { AgentAccounts } from '../handoff/agentAccounts';
import { AgentPresence } from '../handoff/agentPresence';
import { announcePositions } from '../handoff/announcePositions';
import { connectHandoffs } from '../handoff/connectHandoffs';
import { HandoffService } from '../handoff/handoffService';
import { sendHandoffWebhooks } from '../handoff/outgoingWebhooks';
import type { BotNlu } from '../runtime/botNlu';
import { systemClock, type Clock } from '../runtime/clock';
import { createRuntime, type Runtime } from '../runtime/createRuntime';
import { createSqliteHandoffStore } from '../store/sqliteHandoffStore';
import { createSqliteStore } from '../store/sqliteStore';
import type { ConversationStore } from '../store/conversationStore';
import { agentApi } from './agentApi';
import { createServer } from './createServer';
import { deliverToCustomer } from './deliverToCustomer';
import type { Logger } from './logger';
import { DEFAULT_LIMITS, type Limits } from './serverContext';
import type { Server } from 'restify';

export interface BatonAppOptions {
  readonly bot: CompiledBot;
  readonly nlu: BotNlu;
  readonly db: Database.Database;
  readonly channels: readonly ChannelAdapter[];
  readonly log: Logger;
  readonly clock?: Clock;
  readonly limits?: Limits;
}

export interface BatonApp {
  readonly server: Server;
  readonly runtime: Runtime;
  readonly store: ConversationStore;
  readonly service: HandoffService;
  readonly accounts: AgentAccounts;
  readonly presence: AgentPresence;
}

export function createBatonApp(options: BatonAppOptions): BatonApp {
  const clock = options.clock ?? systemClock;
  const store = createSqliteStore(options.db);
  const service = new HandoffService(createSqliteHandoffStore(options.db), clock);
  const accounts = new AgentAccounts(options.db);
  const presence = new AgentPresence();
  let runtime: Runtime | undefined;
  const currentBot = (): CompiledBot => runtime?.bot ?? options.bot;
  runtime = createRuntime({
    bot: options.bot, nlu: options.nlu, store, clock,
    onEffect: connectHandoffs(service, currentBot),
    staffing: () => presence.staffed(Object.keys(currentBot().handoff.queues), clock.now()),
  });
  sendHandoffWebhooks(service, {
    receivers: () => currentBot().handoff.notify,
    onFailure: (url, event, error) => options.log.warn({ url, event, error }, 'handoff webhook failed'),
  });
  const deliver = deliverToCustomer(options.channels);
  announcePositions(service, currentBot, deliver);
  const api = agentApi({ service, accounts, presence, clock, deliver });
  const server = createServer({ runtime, store, log: options.log, limits: options.limits ?? DEFAULT_LIMITS }, [...options.channels, api, agentConsole({ accounts, clock })]);
  return { server, runtime, store, service, accounts, presence };
}
