// Random and mutated activities against the Bot Framework endpoint (/api/messages, Teams and Azure
// Bot Service), unsigned as a channel without an app id accepts them: valid activities of every
// kind with fields dropped or made hostile, random JSON, garbage bytes, wrong content types, huge
// and deeply nested bodies, service URLs that refuse or never answer. The server never answers 5xx
// and never hangs; every error is JSON { error: { code, message } }; and two conversations beside
// the fuzzing, one over REST and one well-formed Teams chat, go on unaffected with their transcripts
// intact. An unhandled rejection anywhere fails the test (jest reports it on the running test).
// A fast-check property: a failure shrinks to a small case and is reported with its seed and path
// (see tests/support/fuzzArbitraries.ts to replay it). FUZZ_CASES sets the number of requests (300
// in npm test; run FUZZ_CASES=10000 for the long run).
import fc from 'fast-check';
import { conversationKey } from '../../adapters/botframework/conversationKey';
import { createLogger } from '../../src/server/logger';
import { DEFAULT_LIMITS, type ChannelAdapter } from '../../src/server/serverContext';
import { startConnectorStandIn, type ConnectorStandIn } from '../adapters/botframework/connectorStandIn';
import { message, personalChat } from '../adapters/botframework/teamsActivities';
import { mutatedActivity, validActivity } from '../support/activityMutations';
import { callJson, startAgentConsoleServer, type AgentConsoleServer } from '../support/agentConsoleServer';
import { channelWithLog } from '../support/channelWithLog';
import { described, fuzzSettings, garbage, jsonValue } from '../support/fuzzArbitraries';
import { refusedUrl, startLocalServer, type LocalServer } from '../support/localServers';
import { TEAMS_SDKS } from '../adapters/botframework/teamsSdks';

describe.each(TEAMS_SDKS)('on $sdk', ({ createChannel }) => {
  const SETTINGS = fuzzSettings({ seed: 20261126, cases: 300 });
  const CASES = SETTINGS.numRuns;
  /** How long the channel waits on a service URL; kept short so that cases that point nowhere stay quick. */
  const CONNECTOR_TIMEOUT_MS = 300;
  /** An answer slower than this counts as a hang. */
  const MAX_ANSWER_MS = 10_000;

  interface Case { readonly method: string; readonly authorization?: string; readonly contentType: string; readonly what: string; readonly raw: string }

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
      channel = createChannel({ settings: {}, connectorTimeoutMs: CONNECTOR_TIMEOUT_MS });
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

    /** One request: mostly a mutated activity, sometimes anything but an activity. */
    function requests(): fc.Arbitrary<Case> {
      const serviceUrl = fc.oneof({ weight: 36, arbitrary: fc.constant(connector.url) }, { weight: 2, arbitrary: fc.constant(refused) },
        { weight: 1, arbitrary: fc.constant(silent.url) }, { weight: 1, arbitrary: fc.constantFrom('http://[::1', 'ftp://x/', 'http://127.0.0.1:0/', '') });
      const conversationId = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 7 }).map((k) => `a:fuzz-${k}`) }, { weight: 1, arbitrary: fc.nat().map((n) => `a:fuzz-case-${n}`) });
      const activity = fc.tuple(serviceUrl, conversationId).chain(([url, id]) => validActivity(url, id).chain(mutatedActivity));
      const huge = DEFAULT_LIMITS.maxBodyBytes;
      const body = fc.oneof(
        { weight: 75, arbitrary: activity.map((a) => ({ what: 'activity', raw: JSON.stringify(a) })) },
        { weight: 7, arbitrary: jsonValue.map((v) => ({ what: 'random JSON', raw: JSON.stringify(v) })) },
        { weight: 6, arbitrary: garbage(200).map((raw) => ({ what: 'garbage', raw })) },
        { weight: 4, arbitrary: fc.tuple(activity, fc.nat()).map(([a, n]) => { const json = JSON.stringify(a); return { what: 'cut short', raw: json.slice(0, n % json.length) }; }) },
        { weight: 4, arbitrary: fc.tuple(activity, fc.constantFrom(huge - 2000, huge * 2)).map(([a, n]) => ({ what: 'huge', raw: JSON.stringify({ ...a, text: 'x'.repeat(n) }) })) },
        { weight: 4, arbitrary: fc.tuple(fc.constantFrom(100, 10_000, 30_000), fc.boolean()).map(([depth, closed]) => ({ what: `nested ${depth}`, raw: `${'['.repeat(depth)}${']'.repeat(closed ? depth : 0)}` })) },
      );
      const contentType = fc.oneof({ weight: 9, arbitrary: fc.constant('application/json') },
        fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/vnd.api+json', 'application/json; charset=latin1', ''));
      const method = fc.oneof({ weight: 97, arbitrary: fc.constant('POST') }, { weight: 3, arbitrary: fc.constantFrom('GET', 'PUT', 'DELETE', 'PATCH') });
      const authorization = fc.oneof({ weight: 95, arbitrary: fc.constant(undefined) }, { weight: 5, arbitrary: fc.constantFrom('Bearer garbage', 'Basic Og==', 'Bearer ', 'Bearer a.b.c') });
      return fc.record({ method, authorization, contentType, body }).map(({ body: b, ...rest }) => described({ ...rest, ...b }));
    }

    /** What is wrong with the answer to one request, if anything; it throws when no answer comes. */
    async function send(c: Case): Promise<{ status: number; faults: string[] }> {
      const res = await fetch(`${server.url}/api/messages`, {
        method: c.method,
        headers: { ...(c.contentType ? { 'content-type': c.contentType } : {}), ...(c.authorization ? { authorization: c.authorization } : {}) },
        ...(c.method === 'GET' ? {} : { body: c.raw }),
        signal: AbortSignal.timeout(MAX_ANSWER_MS),
      });
      const text = await res.text();
      const faults = loggedErrors.mock.calls.splice(0).map((e) => `logged ${String(e[1])}: ${(e[0] as { err?: Error }).err?.stack?.split('\n').slice(0, 3).join(' ')}`);
      if (res.status >= 500) faults.push(`${res.status} ${text.slice(0, 200)}`);
      else if (res.status >= 400 && !isJsonError(text)) faults.push(`${res.status} not a JSON error: ${text.slice(0, 200)}`);
      return { status: res.status, faults };
    }

    it(`answers ${CASES} random and mutated activities with 200 or 4xx JSON errors, and conversations beside them go on unaffected`, async () => {
      // Beside the fuzzing: a REST customer, and a Teams user in a well-formed personal chat.
      const rest = await callJson(server.url, 'POST', '/api/chat', { userId: 'control', text: 'I want to return order #12346' });
      const restId = rest.json.conversationId as string;
      const restReplies: string[] = (rest.json.replies as Array<{ text: string }>).map((r) => r.text);
      const teams = personalChat(connector.url);
      const teamsSaid: string[] = [];
      const teamsStatuses: number[] = [];
      const teamsSay = async (text: string): Promise<void> => {
        const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message(teams, text)) });
        teamsStatuses.push(res.status);
        teamsSaid.push(text);
      };
      await teamsSay('how much is shipping');
      // Halfway through, both conversations take a turn; what came of it is checked once the property holds.
      let middleReplies: string[] = [];
      const middle = async (): Promise<void> => {
        const reply = await callJson(server.url, 'POST', '/api/chat', { userId: 'control', conversationId: restId, text: 'it arrived broken' });
        middleReplies = reply.json.replies.map((r: { text: string }) => r.text);
        restReplies.push(...middleReplies);
        await teamsSay('where is my order');
      };

      const statuses = new Map<number, number>();
      let run = 0;
      await fc.assert(fc.asyncProperty(requests(), async (c) => {
        if (++run === Math.floor(CASES / 2) + 1) await middle();
        const { status, faults } = await send(c);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        expect(faults).toEqual([]);
      }), SETTINGS);
      if (SETTINGS.path) return; // one case replayed: the property alone is checked
      if (process.env.FUZZ_CASES) console.log(`${CASES} requests, seed ${SETTINGS.seed}: statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`);
      expect(middleReplies).toContain("I'm sorry it arrived damaged.");
      // Both kinds of answer came: the fuzzing reached the turns, not only the envelope check.
      expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
      expect([...statuses.keys()].some((s) => s >= 400)).toBe(true);

      const after = await callJson(server.url, 'POST', '/api/chat', { userId: 'control', conversationId: restId, text: 'talk to a human' });
      expect(after.status).toBe(200);
      restReplies.push(...after.json.replies.map((r: { text: string }) => r.text));
      await teamsSay('thanks');
      expect(teamsStatuses).toEqual(teamsSaid.map(() => 200));
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
});
