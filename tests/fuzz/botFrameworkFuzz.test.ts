// Random and mutated activities against the Bot Framework endpoint (/api/messages, Teams and Azure
// Bot Service), unsigned as a channel without an app id accepts them: valid activities of every
// kind with fields dropped or made hostile, random JSON, garbage bytes, wrong content types, huge
// and deeply nested bodies, service URLs that refuse or never answer. The server never answers 5xx
// and never hangs; every error is JSON { error: { code, message } }; and two conversations beside
// the fuzzing, one over REST and one well-formed Teams chat, go on unaffected with their transcripts
// intact. An unhandled rejection anywhere fails the test (jest reports it on the running test).
// Seeded: FUZZ_SEED picks the seed, FUZZ_CASES the number of requests (300 in npm test; run
// FUZZ_CASES=10000 for the long run).
import { conversationKey } from '../../adapters/botframework/conversationKey';
import { createBotFrameworkChannel } from '../../adapters/botframework/botFrameworkChannel';
import { createLogger } from '../../src/server/logger';
import { DEFAULT_LIMITS, type ChannelAdapter } from '../../src/server/serverContext';
import { startConnectorStandIn, type ConnectorStandIn } from '../adapters/botframework/connectorStandIn';
import { message, personalChat } from '../adapters/botframework/teamsActivities';
import { mutatedActivity, validActivity } from '../support/activityMutations';
import { callJson, startAgentConsoleServer, type AgentConsoleServer } from '../support/agentConsoleServer';
import { channelWithLog } from '../support/channelWithLog';
import { below, fuzzSettings, generator, pick, randomChars, randomValue, type Random } from '../support/fuzzing';
import { refusedUrl, startLocalServer, type LocalServer } from '../support/localServers';

const { seed: SEED, cases: CASES } = fuzzSettings({ seed: 20261126, cases: 300 });
/** How long the channel waits on a service URL; kept short so that cases that point nowhere stay quick. */
const CONNECTOR_TIMEOUT_MS = 300;
/** An answer slower than this counts as a hang. */
const MAX_ANSWER_MS = 10_000;

interface Body { readonly raw: string; readonly contentType: string; readonly what: string }

describe('Bot Framework endpoint fuzzing', () => {
  let server: AgentConsoleServer;
  let connector: ConnectorStandIn;
  let silent: LocalServer;
  let refused: string;
  let channel: ChannelAdapter;
  // What the channel logs as errors: a turn that failed inside our code, though the channel still answered 200.
  const channelLog = createLogger('silent');
  const loggedErrors = jest.spyOn(channelLog, 'error');

  beforeAll(async () => {
    connector = await startConnectorStandIn();
    // A service URL that takes the connection and never answers, and one where nothing listens.
    silent = await startLocalServer(() => undefined);
    refused = await refusedUrl();
    channel = createBotFrameworkChannel({ settings: {}, connectorTimeoutMs: CONNECTOR_TIMEOUT_MS });
    server = await startAgentConsoleServer({
      extraChannels: [channelWithLog(channel, channelLog)],
      limits: { ...DEFAULT_LIMITS, turnsPerAddress: 1_000_000, turnsPerConversation: 1_000_000 },
    });
  });
  afterAll(async () => {
    await server.close();
    await channel.close?.();
    await connector.close();
    await silent.close();
  });

  /** The body of one case: mostly mutated activities, sometimes anything but an activity. */
  function body(rand: Random, i: number): Body {
    const serviceUrl = rand() < 0.9 ? connector.url : rand() < 0.5 ? refused : rand() < 0.5 ? silent.url : pick(rand, ['http://[::1', 'ftp://x/', 'http://127.0.0.1:0/', '']);
    const conversationId = rand() < 0.8 ? `a:fuzz-${below(rand, 8)}` : `a:fuzz-case-${i}`;
    const contentType = rand() < 0.9 ? 'application/json' : pick(rand, ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/vnd.api+json', 'application/json; charset=latin1', '']);
    const mode = rand();
    const activity = (): Record<string, unknown> => mutatedActivity(rand, validActivity(rand, serviceUrl, conversationId));
    if (mode < 0.75) return { raw: JSON.stringify(activity()), contentType, what: 'activity' };
    if (mode < 0.82) return { raw: JSON.stringify(randomValue(rand)), contentType, what: 'random JSON' };
    if (mode < 0.88) return { raw: randomChars(rand, 200), contentType, what: 'garbage' };
    if (mode < 0.92) {
      const json = JSON.stringify(activity());
      return { raw: json.slice(0, below(rand, json.length)), contentType, what: 'cut short' };
    }
    if (mode < 0.96) return { raw: JSON.stringify({ ...activity(), text: 'x'.repeat(pick(rand, [DEFAULT_LIMITS.maxBodyBytes - 2000, DEFAULT_LIMITS.maxBodyBytes * 2])) }), contentType, what: 'huge' };
    const depth = pick(rand, [100, 10_000, 30_000]);
    return { raw: `${'['.repeat(depth)}${']'.repeat(rand() < 0.5 ? depth : 0)}`, contentType, what: `nested ${depth}` };
  }

  it(`answers ${CASES} random and mutated activities with 200 or 4xx JSON errors, and conversations beside them go on unaffected`, async () => {
    const rand = generator(SEED);
    // Beside the fuzzing: a REST customer, and a Teams user in a well-formed personal chat.
    const rest = await callJson(server.url, 'POST', '/api/chat', { userId: 'control', text: 'I want to return order #12346' });
    const restId = rest.json.conversationId as string;
    const restReplies: string[] = (rest.json.replies as Array<{ text: string }>).map((r) => r.text);
    const teams = personalChat(connector.url);
    const teamsSaid: string[] = [];
    const teamsSay = async (text: string): Promise<void> => {
      const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message(teams, text)) });
      expect(res.status).toBe(200);
      teamsSaid.push(text);
    };
    await teamsSay('how much is shipping');

    const statuses = new Map<number, number>();
    const failures: string[] = [];
    for (let i = 0; i < CASES && failures.length < 10; i++) {
      if (i === Math.floor(CASES / 2)) {
        const middle = await callJson(server.url, 'POST', '/api/chat', { userId: 'control', conversationId: restId, text: 'it arrived broken' });
        expect(middle.json.replies.map((r: { text: string }) => r.text)).toContain("I'm sorry it arrived damaged.");
        restReplies.push(...middle.json.replies.map((r: { text: string }) => r.text));
        await teamsSay('where is my order');
      }
      const { raw, contentType, what } = body(rand, i);
      const method = rand() < 0.97 ? 'POST' : pick(rand, ['GET', 'PUT', 'DELETE', 'PATCH']);
      const authorization = rand() < 0.05 ? pick(rand, ['Bearer garbage', 'Basic Og==', 'Bearer ', 'Bearer a.b.c']) : undefined;
      const where = `case ${i} (seed ${SEED}): ${method} ${what} ${contentType} ${raw.slice(0, 300)}`;
      const started = performance.now();
      try {
        const res = await fetch(`${server.url}/api/messages`, {
          method,
          headers: { ...(contentType ? { 'content-type': contentType } : {}), ...(authorization ? { authorization } : {}) },
          ...(method === 'GET' ? {} : { body: raw }),
          signal: AbortSignal.timeout(MAX_ANSWER_MS),
        });
        const text = await res.text();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const errors = loggedErrors.mock.calls.splice(0);
        if (errors.length > 0) failures.push(`${where}: logged ${errors.map((e) => `${String(e[1])}: ${(e[0] as { err?: Error }).err?.stack?.split('\n').slice(0, 3).join(' ')}`).join('; ')}`);
        if (res.status >= 500) failures.push(`${where}: ${res.status} ${text.slice(0, 200)}`);
        else if (res.status >= 400 && !isJsonError(text)) failures.push(`${where}: ${res.status} not a JSON error: ${text.slice(0, 200)}`);
      } catch (err) {
        failures.push(`${where}: no answer after ${Math.round(performance.now() - started)} ms (${(err as Error).message})`);
      }
    }
    if (process.env.FUZZ_CASES) console.log(`${CASES} requests, seed ${SEED}: statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`);
    expect(failures).toEqual([]);
    // Both kinds of answer came: the fuzzing reached the turns, not only the envelope check.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    expect([...statuses.keys()].some((s) => s >= 400)).toBe(true);

    const after = await callJson(server.url, 'POST', '/api/chat', { userId: 'control', conversationId: restId, text: 'talk to a human' });
    expect(after.status).toBe(200);
    restReplies.push(...after.json.replies.map((r: { text: string }) => r.text));
    await teamsSay('thanks');
    const transcriptOf = (id: string) => server.stores.conversations.transcript(server.app.runtime.bot.id, id);
    const restTranscript = await transcriptOf(restId);
    expect(restTranscript.filter((e) => e.from === 'customer').map((e) => e.text)).toEqual(['I want to return order #12346', 'it arrived broken', 'talk to a human']);
    expect(restTranscript.filter((e) => e.from === 'bot').map((e) => e.text)).toEqual(restReplies);
    const teamsTranscript = await transcriptOf(conversationKey('msteams', teams.conversationId));
    expect(teamsTranscript.filter((e) => e.from === 'customer').map((e) => e.text)).toEqual(teamsSaid);
    const delivered = connector.received.filter((r) => r.conversationId === teams.conversationId && r.activity.type === 'message').map((r) => r.activity.text);
    expect(teamsTranscript.filter((e) => e.from === 'bot').map((e) => e.text)).toEqual(delivered);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    // The fuzzed conversations reached the bot, and what it recorded of them names only intents it has.
    const bot = server.app.runtime.bot;
    const fuzzed = (await Promise.all(['msteams', 'emulator'].flatMap((channel) => Array.from({ length: 8 }, (_, k) => transcriptOf(conversationKey(channel, `a:fuzz-${k}`)))))).flat();
    expect(fuzzed.filter((e) => e.from === 'customer').length).toBeGreaterThan(CASES / 20);
    const unknown = fuzzed.flatMap((e) => (e.intent !== undefined && !Object.hasOwn(bot.intents, e.intent) && !Object.hasOwn(bot.faq, e.intent) ? [e.intent] : []));
    expect(unknown).toEqual([]);
  }, Math.max(120_000, CASES * 1_000));
});

function isJsonError(text: string): boolean {
  try {
    const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    return typeof parsed.error?.code === 'string' && typeof parsed.error.message === 'string';
  } catch {
    return false;
  }
}
