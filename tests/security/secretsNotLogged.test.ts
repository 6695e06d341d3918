// Secrets never appear in logs: a real `baton start` runs at LOG_LEVEL=debug with every secret set
// (the Direct Line secret, the Teams app password, the metrics token, a webhook's API key and a
// handoff receiver's signing secret, a Redis password when a Redis is there, an agent's password)
// and serves traffic that uses each of them, plus the tokens it hands out (agent sessions and API
// tokens, Direct Line conversation and stream tokens). None of them shows in its stdout or stderr,
// as written, base64-encoded or URL-encoded, including in the URLs of request logs.
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAlwaysOpenSampleBot } from '../support/alwaysOpenSampleBot';
import { addAgent, agentApiToken, postJson, startBaton, type BatonProcess } from '../support/batonProcess';
import { call, say } from '../support/directLineHttp';
import { connectRedis, dropPrefix, REDIS_AVAILABLE, REDIS_URL } from '../support/redisForTests';
import { openStream } from '../support/streamFrames';

const secret = (name: string): string => `${name}-${randomBytes(9).toString('base64url')}`;
const SECRETS = {
  DIRECTLINE_SECRET: secret('dl-secret'),
  MicrosoftAppPassword: secret('teams-password'),
  BATON_METRICS_TOKEN: secret('metrics-token'),
  ADDRESS_API_KEY: secret('address-api-key'),
  HELPDESK_SECRET: secret('helpdesk-signing'),
  NOTIFY_URL_KEY: secret('url-key'),
  REDIS_PASSWORD: secret('redis-password'),
  AGENT_PASSWORD: secret('agent-password'),
  WRONG_PASSWORD: secret('near-miss-password'),
};

/** The ways a value could be written into a log. */
const forms = (value: string): string[] => [value, Buffer.from(value).toString('base64'), Buffer.from(value).toString('base64url'), encodeURIComponent(value)];

// Both SDKs the Teams channel can run on (BATON_TEAMS_SDK) see the Teams app password.
describe.each(['botbuilder', 'agents'])('logs of a running server, Teams on %s', (teamsSdk) => {
  let dir: string;
  let hooks: Server;
  let baton: BatonProcess;
  const prefix = `baton-secrets-${teamsSdk}-${process.pid}`;
  const issued: Array<[string, string]> = [];
  const received: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'baton-secrets-'));
    hooks = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString();
        if (req.url === '/hooks/address' && req.headers.authorization === `Bearer ${SECRETS.ADDRESS_API_KEY}`) received.push('address service called with its key');
        if (req.url === '/helpdesk' && req.headers['x-baton-signature'] === `sha256=${createHmac('sha256', SECRETS.HELPDESK_SECRET).update(body).digest('hex')}`) received.push('helpdesk got a signed event');
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ outcome: 'changed' }));
      });
    });
    await new Promise<void>((resolve) => hooks.listen(0, '127.0.0.1', resolve));
    const hookBase = `http://127.0.0.1:${(hooks.address() as AddressInfo).port}`;
    const manifest = writeAlwaysOpenSampleBot(dir, {
      webhookUrl: `${hookBase}/hooks/address`,
      webhookHeaders: { authorization: 'Bearer ${ADDRESS_API_KEY}' },
      notify: [
        { url: `${hookBase}/helpdesk`, secretEnv: 'HELPDESK_SECRET', events: ['handoff.created'] },
        { url: `http://desk:${SECRETS.NOTIFY_URL_KEY}@127.0.0.1:1/in?key=${SECRETS.NOTIFY_URL_KEY}`, secretEnv: 'NOT_SET_SECRET', events: ['handoff.created'] },
      ],
    });
    const redis = new URL(REDIS_URL);
    redis.username = 'default';
    redis.password = SECRETS.REDIS_PASSWORD;
    const store: Record<string, string> = REDIS_AVAILABLE ? { BATON_STORE: redis.toString(), BATON_REDIS_PREFIX: prefix } : { BATON_DATA_DIR: dir };
    const env = {
      ...store, LOG_LEVEL: 'debug', DIRECTLINE_SECRET: SECRETS.DIRECTLINE_SECRET, BATON_METRICS_TOKEN: SECRETS.BATON_METRICS_TOKEN,
      MicrosoftAppId: '00000000-0000-0000-0000-0000000a9901', MicrosoftAppPassword: SECRETS.MicrosoftAppPassword,
      MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: '72f988bf-0000-0000-0000-000000000001', BATON_TEAMS_SDK: teamsSdk,
      ADDRESS_API_KEY: SECRETS.ADDRESS_API_KEY, HELPDESK_SECRET: SECRETS.HELPDESK_SECRET,
    };
    addAgent(manifest, env, 'ann', SECRETS.AGENT_PASSWORD, 'orders');
    issued.push(['an agent API token', agentApiToken(manifest, env, 'ann')]);
    baton = await startBaton(manifest, env);
  }, 90_000);

  afterAll(async () => {
    await baton?.kill();
    hooks?.close();
    rmSync(dir, { recursive: true, force: true });
    const client = REDIS_AVAILABLE ? await connectRedis() : undefined;
    if (client) {
      await dropPrefix(client, prefix);
      await client.quit();
    }
  });

  it('hold none of the secrets or tokens after traffic that used every one of them', async () => {
    const { url } = baton;
    const get = (path: string, token?: string) => fetch(`${url}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {}).then((r) => r.status);

    // Web chat and Direct Line: the page's token, a backend's token from the secret, a conversation, its stream, a refresh.
    expect(await get('/')).toBe(200);
    issued.push(['the web chat page token', (await postJson(url, '/webchat/token', {})).json.token]);
    const domain = `${url}/v3/directline`;
    const generated = await call(domain, 'POST', '/tokens/generate', { token: SECRETS.DIRECTLINE_SECRET, body: { user: { id: 'site-user-9', name: 'Sam' } } });
    const started = await call(domain, 'POST', '/conversations', { token: generated.body.token });
    const { conversationId, token, streamUrl } = started.body as { conversationId: string; token: string; streamUrl: string };
    const stream = await openStream(streamUrl);
    expect((await call(domain, 'POST', `/conversations/${conversationId}/activities`, { token, body: say('how much is shipping') })).status).toBe(200);
    await stream.waitFor((a) => a.from?.role === 'bot' && /[Ss]hipping/.test(a.text ?? ''));
    stream.close();
    const reconnect = await call(domain, 'GET', `/conversations/${conversationId}?watermark=1`, { token });
    const refreshed = await call(domain, 'POST', '/tokens/refresh', { token });
    issued.push(['a generated Direct Line token', generated.body.token], ['a conversation token', token], ['a refreshed token', refreshed.body.token],
      ['a stream token', new URL(streamUrl).searchParams.get('t')!], ['a reconnect stream token', new URL(reconnect.body.streamUrl).searchParams.get('t')!]);

    // Agents: a failed and a good sign-in, the API with the session as header, as ?token= (refused:
    // only the event stream takes one there, but the address is still logged), the API token.
    expect((await postJson(url, '/api/agent/login', { agentId: 'ann', password: SECRETS.WRONG_PASSWORD })).status).toBe(401);
    const session = (await postJson(url, '/api/agent/login', { agentId: 'ann', password: SECRETS.AGENT_PASSWORD })).json.token as string;
    issued.push(['an agent session token', session]);
    expect([await get('/api/agent/queue', session), await get(`/api/agent/bot?token=${encodeURIComponent(session)}`), await get(`/api/agent/nothing?token=${encodeURIComponent(session)}`)]).toEqual([200, 401, 404]);
    expect(await get('/api/agent/queue', issued[0]![1])).toBe(200);

    // Customers on REST: a webhook call with its key, and a handoff that goes to both receivers; the agent answers.
    const rest = async (userId: string, texts: string[]): Promise<string> => {
      let id: string | undefined;
      for (const text of texts) id = (await postJson(url, '/api/chat', { userId, text, ...(id ? { conversationId: id } : {}) })).json.conversationId;
      return id!;
    };
    await rest('mover', ['I want to change the delivery address of order #12345', '12 High Street, London SW1A 1AA']);
    const waiting = await rest('asker', ['I want to talk to a human']);
    const queue = await (await fetch(`${url}/api/agent/queue`, { headers: { authorization: `Bearer ${session}` } })).json() as { handoffs: Array<{ id: string; conversationId: string }> };
    const handoff = queue.handoffs.find((h) => h.conversationId === waiting)!;
    expect((await postJson(url, `/api/agent/handoffs/${handoff.id}/claim`, {}, session)).status).toBe(200);
    expect((await postJson(url, `/api/agent/handoffs/${handoff.id}/reply`, { text: 'Hello, Ann here.' }, session)).status).toBe(200);
    expect((await postJson(url, '/api/agent/logout', {}, session)).status).toBe(200);

    // Scrapers and Teams.
    expect([await get('/metrics'), await get('/metrics', SECRETS.BATON_METRICS_TOKEN)]).toEqual([401, 200]);
    expect((await postJson(url, '/api/messages', { type: 'message', text: 'hi', channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', from: { id: 'x' }, conversation: { id: 'y' }, recipient: { id: 'z' } })).status).toBe(401);

    for (let i = 0; i < 100 && received.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
    expect(received.sort()).toEqual(['address service called with its key', 'helpdesk got a signed event']);
    await baton.stop();
    const output = baton.output();

    // The logs were written, at debug level, with the request URLs and the failed webhook in them.
    expect(output).toMatch(/"msg":"request"/);
    expect(output).toMatch(/"msg":"agent sign-in refused"/);
    expect(output).toMatch(/"url":"\/api\/agent\/bot\?token=\[redacted\]"/);
    expect(output).toMatch(/handoff webhook failed/);
    const values: Array<[string, string]> = [...Object.entries(SECRETS), ...issued];
    const leaks = values.flatMap(([name, value]) => forms(value).filter((form) => output.includes(form)).map((form) => `${name}: ${form}`));
    const signatures = issued.filter(([, value]) => value.split('.').length === 3).map(([name, value]) => [name, value.split('.')[2]!] as const);
    expect([...leaks, ...signatures.filter(([, s]) => output.includes(s)).map(([name]) => `${name} (signature)`)]).toEqual([]);
  }, 90_000);
});
