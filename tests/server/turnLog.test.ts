// Structured logs: at debug level every turn is one JSON line with its conversation id, channel,
// intent, flow state, outcome and time, and none of the customer's words; a failed turn is logged
// with its conversation id at any level.
import { Writable } from 'node:stream';
import { createLogger } from '../../src/server/logger';
import { restCustomer, startAgentConsoleServer, type AgentConsoleServer } from '../support/agentConsoleServer';

describe('turn logs', () => {
  const chunks: string[] = [];
  const lines = (): Array<Record<string, unknown>> => chunks.join('').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  let server: AgentConsoleServer;
  beforeAll(async () => {
    const stream = new Writable({ write(chunk: Buffer, _encoding, done) { chunks.push(chunk.toString()); done(); } });
    server = await startAgentConsoleServer({ log: createLogger('debug', stream) });
  });
  afterAll(() => server.close());

  it('logs each turn with its conversation id and what became of it, without the customer\'s words', async () => {
    const kim = restCustomer(server.url, 'kim');
    await kim.say('I want to return my order, it arrived broken');
    await kim.say('I want to talk to a human');
    const turns = lines().filter((line) => line.msg === 'turn');
    // The welcome (no message), the return, then the request for a person: no agent is signed in,
    // so the bot takes a message instead.
    expect(turns).toEqual([
      expect.objectContaining({ level: 20, service: 'baton', conversationId: kim.conversationId, channel: 'rest', outcome: 'bot' }),
      expect.objectContaining({ conversationId: kim.conversationId, channel: 'rest', intent: 'return_item', flow: 'return_item', outcome: 'bot', ms: expect.any(Number) }),
      expect.objectContaining({ conversationId: kim.conversationId, intent: 'talk_to_human', flow: 'leave_message', state: 'start' }),
    ]);
    expect(turns[0]).not.toHaveProperty('intent');
    expect(JSON.stringify(turns)).not.toMatch(/broken|arrived|talk to/);
  });

  it('logs a failed turn with its conversation id', async () => {
    const before = lines().length;
    const store = server.stores.conversations;
    const saveState = store.saveState.bind(store);
    store.saveState = async () => { throw new Error('disk full'); };
    try {
      const res = await fetch(`${server.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'lee', conversationId: 'lee-1', text: 'hello' }) });
      expect(res.status).toBe(500);
    } finally {
      store.saveState = saveState;
    }
    expect(lines().slice(before)).toEqual(expect.arrayContaining([expect.objectContaining({ level: 40, msg: 'turn failed', conversationId: 'lee-1', err: expect.objectContaining({ message: 'disk full' }) })]));
  });

  it('logs a store failure that repeats on every turn once, not once a turn', async () => {
    const before = lines().length;
    const store = server.stores.conversations;
    const saveState = store.saveState.bind(store);
    store.saveState = async () => { throw new Error('database or disk is full'); };
    try {
      for (let i = 0; i < 20; i++) {
        const res = await fetch(`${server.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'max', conversationId: `max-${i}`, text: 'hello' }) });
        expect(res.status).toBe(500);
      }
    } finally {
      store.saveState = saveState;
    }
    const failed = lines().slice(before).filter((line) => typeof line.msg === 'string' && line.msg.startsWith('turn failed'));
    expect(failed).toEqual([expect.objectContaining({ msg: 'turn failed', conversationId: 'max-0', err: expect.objectContaining({ message: 'database or disk is full' }) })]);
  });
});
