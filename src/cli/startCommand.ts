// `baton start [manifest]`: the server with the bot on the stores BATON_STORE names (default: the
// embedded SQLite file under BATON_DATA_DIR, default ./data): web chat at /, the REST channel at
// /api/chat, Teams at /api/messages, the agent console at /agent and its API at /api/agent/. PORT
// (default 3978, as Bot Framework bots use) and HOST select where it listens. With the manifest's
// retention set, old conversations and closed handoffs are deleted at start and then daily. SIGTERM
// or SIGINT stops it gracefully (see shutdownServer); a second signal or BATON_SHUTDOWN_TIMEOUT_MS
// forces the exit.
import { join, resolve } from 'node:path';
import { defaultChannels } from '../../adapters/defaultChannels';
import { createTicketMailer } from '../handoff/ticketMailer';
import { createBotNlu } from '../nlu/createBotNlu';
import { fileModelCache } from '../nlu/modelCache';
import { shiftedClock } from '../runtime/clock';
import { logConversationMoves } from '../runtime/logConversationMoves';
import { watchBot } from '../runtime/watchBot';
import { createBatonApp } from '../server/createBatonApp';
import { createLogger } from '../server/logger';
import { openRequestGate } from '../server/requestGate';
import { serverSettingsFromEnv, type ServerSettings } from '../server/serverSettingsFromEnv';
import { shutdownServer } from '../server/shutdownServer';
import { purgeExpired } from '../store/purgeExpired';
import type { CommandIO } from './commandIO';
import { openCommandStores } from './openCommandStores';
import { formatProblem } from './formatProblem';
import { loadCommandBot } from './loadCommandBot';

export async function startCommand(args: readonly string[], flags: { watch: boolean }, io: CommandIO): Promise<number> {
  const loaded = loadCommandBot('start', args[0], io);
  if (!loaded) return 1;
  const { bot, manifest } = loaded;
  let settings: ServerSettings;
  try {
    settings = serverSettingsFromEnv();
  } catch (err) {
    io.err((err as Error).message);
    return 1;
  }
  const log = createLogger();
  const stores = await openCommandStores(bot.id, io);
  if (!stores) return 1;
  if (!process.env.DIRECTLINE_SECRET && stores.directLine.signingKey) {
    // A key file that cannot be read or holds something else stops the start, saying which.
    try {
      await stores.directLine.signingKey();
    } catch (err) {
      io.err(`Web chat tokens cannot be signed: ${(err as Error).message}`);
      await stores.close();
      return 1;
    }
  }
  const channels = defaultChannels(stores);
  // Trained models are kept under the data folder, keyed by what they were trained on.
  const models = fileModelCache(join(resolve(process.env.BATON_DATA_DIR ?? 'data'), 'models'), bot.id);
  const mailer = settings.mail ? createTicketMailer(settings.mail) : undefined;
  // Webhooks whose URL is a path call this server, at the address it listens on.
  let ownUrl: string | undefined;
  const nlu = createBotNlu(bot, { cache: models });
  const { server, runtime, accounts } = createBatonApp({
    bot, nlu, stores, channels, log, limits: settings.limits, ownUrl: () => ownUrl, ...(settings.publicUrl ? { publicUrl: settings.publicUrl } : {}),
    ...(mailer ? { mailer } : {}), ...(settings.startAt ? { clock: shiftedClock(settings.startAt) } : {}),
  });
  const gate = openRequestGate(server);
  const port = Number(process.env.PORT ?? 3978);
  const host = process.env.HOST ?? '0.0.0.0';
  await new Promise<void>((done) => server.listen(port, host, done));
  const shown = host === '0.0.0.0' ? 'localhost' : host;
  const actual = (server.address() as { port: number }).port;
  // What understanding needs beyond the model (spelling indexes, word lists) is built now, not before
  // listening, nor while the first customer waits.
  setImmediate(() => nlu.warmUp());
  ownUrl = `http://${loopbackOr(host)}:${actual}`;
  io.out(`${bot.name} is listening on http://${shown}:${actual}/ (web chat), /api/chat (REST), /api/messages (Teams and Azure Bot Service), /agent (agent console), /api/agent (agent API), /healthz`);
  io.out(`Data: ${stores.kind === 'redis' ? `Redis at ${stores.where} (shared with other processes)` : stores.kind === 'memory' ? 'in memory (gone when the process ends)' : `SQLite ${stores.where}`}`);
  if (settings.startAt) io.out(`Clock: BATON_NOW starts it at ${settings.startAt.toISOString()} (opening hours follow it)`);
  io.out(settings.mail ? `Answers to tickets are emailed from ${settings.mail.from}` : 'Answers to tickets cannot be emailed: set SMTP_URL and BATON_MAIL_FROM');
  if ((await accounts.list()).length === 0) {
    io.out(`No agent can sign in to the console yet: add one with  echo 'a-long-password' | npx baton agent add ann --queues ${Object.keys(bot.handoff.queues).join(',')}`);
  }
  // What the bot that serves would change in stored conversations: counted in the background, the
  // count of a bot replaced by a reload stopped.
  let counting = new AbortController();
  const countMoves = (serving: typeof bot): void => {
    counting.abort();
    counting = new AbortController();
    void logConversationMoves(stores.conversations, serving, log, counting.signal);
  };
  countMoves(bot);
  const purge = (): void => {
    const days = runtime.bot.retention?.days;
    if (days === undefined) return;
    purgeExpired(stores, runtime.bot.id, days, new Date())
      .then((done) => log.info(done, 'retention: deleted old conversations and handoffs'))
      .catch((err: Error) => log.error({ err }, 'retention: the purge failed'));
  };
  purge();
  const daily = setInterval(purge, 24 * 3600_000);
  daily.unref();
  const watcher = flags.watch
    ? watchBot(manifest, bot, {
      onBot: (next, warnings) => {
        for (const p of warnings) io.err(formatProblem(p));
        const nextNlu = createBotNlu(next, { cache: models });
        nextNlu.warmUp();
        runtime.swap(next, nextNlu);
        io.out(`Reloaded ${next.name}: ${Object.keys(next.intents).length} intents, ${Object.keys(next.flows).length} flows.`);
        countMoves(next);
      },
      onProblems: (found) => {
        for (const p of found) io.err(formatProblem(p));
        io.err('The change has errors: the bot that was running keeps serving.');
      },
    })
    : undefined;
  let forced: NodeJS.Timeout | undefined;
  await new Promise<void>((done) => {
    const stop = (): void => {
      if (forced) {
        log.warn('second signal: exiting without waiting');
        process.exit(1);
      }
      log.info('shutting down: finishing the requests in flight');
      forced = setTimeout(() => {
        log.error({ timeoutMs: settings.shutdownTimeoutMs }, 'shutdown timed out: exiting without waiting');
        process.exit(1);
      }, settings.shutdownTimeoutMs);
      forced.unref();
      // Open connections drain within half the time allowed, leaving the rest for the stores.
      const drainMs = Math.min(server.server.keepAliveTimeout, settings.shutdownTimeoutMs / 2);
      shutdownServer(server, gate, channels, { drainMs }).catch((err: Error) => log.error({ err }, 'shutdown: closing the server failed')).finally(done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  watcher?.close();
  counting.abort();
  clearInterval(daily);
  await stores.close();
  clearTimeout(forced);
  return 0;
}

/** The address this process reaches itself at: loopback when it listens on every interface. */
function loopbackOr(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
