// A turn whose store cannot be written answers 503 and a conversation busy on another process 409,
// both with Retry-After, so clients and load balancers know to come back; other failures stay 500.
// Each still carries the bot's turnFailed message as `replies`, for the client to show.
import { ErrorReply } from 'redis';
import { RedisStalledError } from '../../src/store/boundRedisCalls';
import { TurnBusyError } from '../../src/store/redisTurnLock';
import { failureStatus } from '../../src/server/failureStatus';
import { startAgentConsoleServer, type AgentConsoleServer } from '../support/agentConsoleServer';
import { sampleBot } from '../support/startTestServer';

describe('what a failed turn answers', () => {
  let server: AgentConsoleServer;
  beforeAll(async () => {
    server = await startAgentConsoleServer();
  });
  afterAll(() => server.close());

  async function turnFailingWith(error: Error): Promise<Response> {
    const store = server.stores.conversations;
    const saveState = store.saveState.bind(store);
    store.saveState = async () => { throw error; };
    try {
      return await fetch(`${server.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'ola', text: 'hello' }) });
    } finally {
      store.saveState = saveState;
    }
  }

  it('is 503 with Retry-After when the database is full or read-only', async () => {
    for (const code of ['SQLITE_FULL', 'SQLITE_READONLY']) {
      const res = await turnFailingWith(Object.assign(new Error('database or disk is full'), { code }));
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(await res.json()).toEqual({ error: { code: 'store_unavailable', message: expect.stringMatching(/try again/) }, replies: [{ text: sampleBot().bot.messages.turnFailed[0] }] });
    }
  });

  it('is 409 with Retry-After when another process holds the conversation', async () => {
    const res = await turnFailingWith(new TurnBusyError('c1', 20_000));
    expect(res.status).toBe(409);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('conversation_busy');
  });

  it('stays 500 for a fault of the code', async () => {
    const res = await turnFailingWith(new TypeError("Cannot read properties of undefined (reading 'entity')"));
    expect(res.status).toBe(500);
    expect(res.headers.get('retry-after')).toBeNull();
  });

  it('recognises a Redis client that lost its server and a refused connection', () => {
    const closed = new Error('The client is closed');
    closed.name = 'ClientClosedError';
    expect(failureStatus(closed).status).toBe(503);
    expect(failureStatus(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' })).status).toBe(503);
    expect(failureStatus(new Error('plain')).status).toBe(500);
  });

  it('recognises a Redis that answers but cannot serve now, and one that stopped answering', () => {
    expect(failureStatus(new ErrorReply('LOADING Redis is loading the dataset in memory')).status).toBe(503);
    expect(failureStatus(new ErrorReply('MISCONF Redis is configured to save RDB snapshots, but it is currently not able to persist on disk.')).status).toBe(503);
    expect(failureStatus(new RedisStalledError(3000)).status).toBe(503);
    // A mistake of the code in a command is not the store's unavailability.
    expect(failureStatus(new ErrorReply("ERR wrong number of arguments for 'set' command")).status).toBe(500);
    expect(failureStatus(new ErrorReply('WRONGTYPE Operation against a key holding the wrong kind of value')).status).toBe(500);
  });
});
