// Prometheus metrics over a real port with the whole app: turns, fallbacks, classifier confidence,
// the waiting queue and the wait until a claim, as a scraper reads them; and the optional token.
import { callJson, restCustomer, startAgentConsoleServer, type AgentConsoleServer } from '../support/agentConsoleServer';
import type { manualClock } from '../../src/runtime/clock';

type Samples = Map<string, number>;

/** Parses the text format into `name{labels}` -> value, with labels as Prometheus prints them. */
function parse(text: string): Samples {
  const samples: Samples = new Map();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    samples.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return samples;
}

async function scrape(url: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string | null; samples: Samples }> {
  const res = await fetch(`${url}/metrics`, { headers });
  return { status: res.status, type: res.headers.get('content-type'), samples: parse(await res.text()) };
}

describe('the metrics endpoint', () => {
  let server: AgentConsoleServer;
  beforeAll(async () => { server = await startAgentConsoleServer(); });
  afterAll(() => server.close());

  it('counts turns, fallbacks and confidences, and shows the waiting queue and the wait until a claim', async () => {
    const token = (await callJson(server.url, 'POST', '/api/agent/login', { agentId: 'ann', password: 'ann-password' })).json.token as string;
    const kim = restCustomer(server.url, 'kim');
    await kim.say('hello');
    await kim.say('blorp blorp');
    const lee = restCustomer(server.url, 'lee');
    await lee.say('I want to talk to a human');
    // two new conversations (a start turn each) and three messages
    const turnsSent = 5;

    const first = await scrape(server.url);
    expect(first.status).toBe(200);
    expect(first.type).toMatch(/^text\/plain; version=0\.0\.4/);
    const s = first.samples;
    const turns = ['bot', 'handoff', 'ended'].reduce((sum, status) => sum + (s.get(`baton_turns_total{status="${status}"}`) ?? 0), 0);
    expect(turns).toBe(turnsSent);
    expect(s.get('baton_turns_total{status="handoff"}')).toBe(1);
    expect(s.get('baton_turn_duration_seconds_count')).toBe(turnsSent);
    expect(s.get('baton_turn_duration_seconds_bucket{le="+Inf"}')).toBe(turnsSent);
    expect(s.get('baton_classifier_confidence_count')).toBe(3);
    expect(s.get('baton_fallbacks_total')).toBeGreaterThanOrEqual(1);
    expect(s.get('baton_queue_waiting{queue="orders"}')).toBe(1);
    expect(s.get('baton_queue_waiting{queue="billing"}')).toBe(0);
    expect(s.get('baton_errors_total{kind="turn"}') ?? 0).toBe(0);
    expect(s.get('baton_queue_wait_seconds_count{queue="orders"}') ?? 0).toBe(0);
    expect(s.get('process_cpu_user_seconds_total')).toEqual(expect.any(Number));

    const queue = await callJson(server.url, 'GET', '/api/agent/queue', undefined, token);
    const item = queue.json.handoffs.find((h: { conversationId: string }) => h.conversationId === lee.conversationId);
    (server.app.service.clock as ReturnType<typeof manualClock>).advance(90_000);
    expect((await callJson(server.url, 'POST', `/api/agent/handoffs/${item.id}/claim`, {}, token)).status).toBe(200);

    const after = (await scrape(server.url)).samples;
    expect(after.get('baton_queue_wait_seconds_count{queue="orders"}')).toBe(1);
    expect(after.get('baton_queue_wait_seconds_sum{queue="orders"}')).toBe(90);
    expect(after.get('baton_queue_wait_seconds_bucket{le="60",queue="orders"}')).toBe(0);
    expect(after.get('baton_queue_wait_seconds_bucket{le="120",queue="orders"}')).toBe(1);
    expect(after.get('baton_queue_waiting{queue="orders"}')).toBe(0);
  });
});

describe('the metrics endpoint with BATON_METRICS_TOKEN set', () => {
  let server: AgentConsoleServer;
  beforeAll(async () => {
    process.env.BATON_METRICS_TOKEN = 'scrape-secret';
    server = await startAgentConsoleServer();
  });
  afterAll(async () => {
    delete process.env.BATON_METRICS_TOKEN;
    await server.close();
  });

  it('answers 401 without the token or with a wrong one, and the metrics with it', async () => {
    expect((await scrape(server.url)).status).toBe(401);
    expect((await scrape(server.url, { authorization: 'Bearer wrong' })).status).toBe(401);
    const ok = await scrape(server.url, { authorization: 'Bearer scrape-secret' });
    expect(ok.status).toBe(200);
    expect(ok.samples.has('baton_fallbacks_total')).toBe(true);
  });
});
