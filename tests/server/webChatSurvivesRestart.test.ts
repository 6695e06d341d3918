// A web chat (Direct Line) conversation across the loss of its server: a real `baton start`
// without DIRECTLINE_SECRET, killed with SIGKILL in the middle of a flow and started again on the
// same data folder and port (SQLite), or two processes sharing one Redis where the one that started
// the conversation dies. The customer carries on: same conversation, the same token accepted,
// watermarks continuing, the flow where it was, the earlier activities still readable.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAlwaysOpenSampleBot } from '../support/alwaysOpenSampleBot';
import { startBaton, type BatonProcess } from '../support/batonProcess';
import { call, say } from '../support/directLineHttp';
import { dropPrefix, connectRedis, REDIS_AVAILABLE, REDIS_URL } from '../support/redisForTests';
import { openStream } from '../support/streamFrames';

const QUESTION = 'Shall I email you a free return label for your phone charger?';
const DONE = 'Done: a return label for order 12346 is on its way to your inbox.';
const ANYTHING_ELSE = 'Is there anything else I can help you with?';

interface Chat {
  readonly conversationId: string;
  readonly token: string;
}

/** What the web chat page does: its backend route gives a token, the page starts the conversation. */
async function startChat(url: string): Promise<Chat> {
  const issued = await fetch(`${url}/webchat/token`, { method: 'POST' });
  expect(issued.status).toBe(200);
  const { token } = (await issued.json()) as { token: string };
  const started = await call(`${url}/v3/directline`, 'POST', '/conversations', { token });
  expect(started.status).toBe(201);
  return { conversationId: started.body.conversationId, token: started.body.token };
}

const activitiesPath = (chat: Chat) => `/conversations/${encodeURIComponent(chat.conversationId)}/activities`;

/** The customer is asked to confirm a return: the middle of the returns flow. The watermark after the question. */
async function intoTheReturnsFlow(url: string, chat: Chat): Promise<number> {
  const domain = `${url}/v3/directline`;
  expect((await call(domain, 'POST', activitiesPath(chat), { token: chat.token, body: say('I want to return order #12346, it arrived broken') })).status).toBe(200);
  const read = await call(domain, 'GET', `${activitiesPath(chat)}?watermark=0`, { token: chat.token });
  expect(read.status).toBe(200);
  expect(read.body.activities.filter((a: { type: string }) => a.type === 'message').map((a: { text: string }) => a.text).at(-1)).toBe(QUESTION);
  return Number(read.body.watermark);
}

/** After the loss of a server: the token still works, nothing was lost, and the flow goes on from where it was. */
async function carriesOn(url: string, chat: Chat, watermark: number, before: unknown[]): Promise<void> {
  const domain = `${url}/v3/directline`;
  const again = await call(domain, 'GET', `${activitiesPath(chat)}?watermark=0`, { token: chat.token });
  expect(again.status).toBe(200);
  expect(again.body).toEqual({ activities: before, watermark: String(watermark) });

  const resumed = await call(domain, 'GET', `/conversations/${encodeURIComponent(chat.conversationId)}?watermark=${watermark}`, { token: chat.token });
  expect(resumed.status).toBe(200);
  expect(resumed.body.conversationId).toBe(chat.conversationId);
  const stream = await openStream(resumed.body.streamUrl);
  try {
    const yes = await call(domain, 'POST', activitiesPath(chat), { token: resumed.body.token, body: say('Yes, send it', { value: { payload: 'yes' } }) });
    expect(yes).toEqual({ status: 200, body: { id: `${chat.conversationId}|${String(watermark + 1).padStart(7, '0')}` } });
    await stream.waitFor((a) => a.text === ANYTHING_ELSE);
    const streamed = stream.activities();
    expect(streamed[0]).toMatchObject({ id: yes.body.id, text: 'Yes, send it' });
    expect(streamed.map((a) => Number(String(a.id).split('|')[1]))).toEqual(streamed.map((_a, i) => watermark + 1 + i));
    expect(streamed.filter((a) => a.type === 'message' && a.from.role === 'bot').map((a) => a.text)).toEqual([DONE, ANYTHING_ELSE]);
  } finally {
    stream.close();
  }
  // The page rejoining with its token gets the same conversation, not a new one.
  const rejoined = await call(domain, 'POST', '/conversations', { token: chat.token });
  expect(rejoined).toMatchObject({ status: 200, body: { conversationId: chat.conversationId } });
}

describe('a web chat conversation when its server is killed', () => {
  let dataDir: string;
  let manifest: string;
  let server: BatonProcess | undefined;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'baton-webchat-restart-'));
    manifest = writeAlwaysOpenSampleBot(dataDir);
  });
  afterEach(async () => {
    await server?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('carries on with the server started again on the same data folder and port (SQLite)', async () => {
    server = await startBaton(manifest, { BATON_DATA_DIR: dataDir });
    const chat = await startChat(server.url);
    const watermark = await intoTheReturnsFlow(server.url, chat);
    const before = (await call(`${server.url}/v3/directline`, 'GET', `${activitiesPath(chat)}?watermark=0`, { token: chat.token })).body.activities;
    expect(statSync(join(dataDir, 'acme.directline-key')).mode & 0o777).toBe(0o600);
    const port = new URL(server.url).port;
    await server.kill();
    server = await startBaton(manifest, { BATON_DATA_DIR: dataDir, PORT: port });
    expect(server.url).toBe(`http://127.0.0.1:${port}`);
    await carriesOn(server.url, chat, watermark, before);
  }, 120_000);

  it('refuses to start on a key file that holds something else, and leaves it as it was', async () => {
    writeFileSync(join(dataDir, 'acme.directline-key'), 'not a key\n');
    await expect(startBaton(manifest, { BATON_DATA_DIR: dataDir })).rejects.toThrow(/acme\.directline-key does not hold a Direct Line signing key/);
    expect(readFileSync(join(dataDir, 'acme.directline-key'), 'utf8')).toBe('not a key\n');
  }, 120_000);
});

(REDIS_AVAILABLE ? describe : describe.skip)(`a web chat conversation when one of two processes on one Redis is killed${REDIS_AVAILABLE ? '' : ` (skipped: no Redis at ${REDIS_URL})`}`, () => {
  const prefix = `baton-test-${process.pid}-webchat-restart`;
  const env = { BATON_STORE: REDIS_URL, BATON_REDIS_PREFIX: prefix };
  let dataDir: string;
  let servers: BatonProcess[] = [];
  afterEach(async () => {
    for (const s of servers) await s.kill();
    servers = [];
    rmSync(dataDir, { recursive: true, force: true });
    const redis = await connectRedis();
    if (redis) {
      await dropPrefix(redis, prefix);
      await redis.quit();
    }
  });

  it('carries on with the other process, whose stream already heard what the first one logged', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'baton-webchat-redis-'));
    const manifest = writeAlwaysOpenSampleBot(dataDir);
    const [a, b] = [await startBaton(manifest, env), await startBaton(manifest, env)] as [BatonProcess, BatonProcess];
    servers = [a, b];
    const chat = await startChat(a.url);
    // A stream on B, while the customer talks to A.
    const onB = await call(`${b.url}/v3/directline`, 'GET', `/conversations/${encodeURIComponent(chat.conversationId)}?watermark=0`, { token: chat.token });
    expect(onB.status).toBe(200);
    const stream = await openStream(onB.body.streamUrl);
    let watermark: number;
    let before: unknown[];
    try {
      watermark = await intoTheReturnsFlow(a.url, chat);
      await stream.waitFor((a) => a.text === QUESTION);
      before = (await call(`${a.url}/v3/directline`, 'GET', `${activitiesPath(chat)}?watermark=0`, { token: chat.token })).body.activities;
      expect(stream.activities()).toEqual(before);
    } finally {
      stream.close();
    }
    await a.kill();
    await carriesOn(b.url, chat, watermark, before);
  }, 120_000);
});
