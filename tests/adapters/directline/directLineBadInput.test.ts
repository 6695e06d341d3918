// What the Direct Line API answers to requests it cannot serve: unknown conversations, activities
// that are not objects or of unknown types, messages over the limit, bad watermarks and streams.
import { createMemoryActivityLog } from '../../../adapters/directline/memoryActivityLog';
import { manualClock } from '../../../src/runtime/clock';
import type { Runtime } from '../../../src/runtime/createRuntime';
import { call, say, startConversation, type StartedConversation } from '../../support/directLineHttp';
import { startDirectLineServer, type DirectLineServer } from '../../support/directLineServer';
import { openStream } from '../../support/streamFrames';

/** The runtime, except that the message "break please" fails as a broken store would. */
const failing = (runtime: Runtime): Runtime => ({
  ...runtime,
  bot: runtime.bot,
  message: (id, input) => (input.text === 'break please' ? Promise.reject(new Error('store down')) : runtime.message(id, input)),
});

describe('the Direct Line API given bad input', () => {
  let srv: DirectLineServer;
  let c: StartedConversation;
  const post = (body: unknown, raw?: string, contentType?: string) =>
    call(srv.domain, 'POST', `/conversations/${c.conversationId}/activities`, { token: c.token, ...(raw !== undefined ? { raw, ...(contentType ? { contentType } : {}) } : { body }) });

  beforeAll(async () => {
    srv = await startDirectLineServer({ limits: { maxMessageChars: 100 }, wrapRuntime: failing });
    c = await startConversation(srv.domain);
  });
  afterAll(() => srv.close());

  it('answers 404 for a conversation that was never started or does not exist', async () => {
    const generated = await call(srv.domain, 'POST', '/tokens/generate');
    const { conversationId, token } = generated.body as { conversationId: string; token: string };
    for (const [method, path] of [['GET', `/conversations/${conversationId}`], ['GET', `/conversations/${conversationId}/activities`], ['POST', `/conversations/${conversationId}/activities`]] as const) {
      const res = await call(srv.domain, method, path, { token, ...(method === 'POST' ? { body: say('hi') } : {}) });
      expect([path, res.status, res.body.error.code]).toEqual([path, 404, 'conversation_not_found']);
    }
  });

  it('answers 400 for an activity that is not a JSON object or has no type', async () => {
    for (const body of [[say('hi')], 'hi', 42, null, { text: 'no type' }, { type: 7 }]) {
      const res = await post(body);
      expect([body, res.status, res.body.error.code]).toEqual([body, 400, 'bad_request']);
    }
    expect((await post(say('hi', { text: { html: '<b>' } }))).status).toBe(400);
  });

  it('answers 400 for an activity type the Bot Framework does not have, and logs nothing', async () => {
    const before = await call(srv.domain, 'GET', `/conversations/${c.conversationId}/activities`, { token: c.token });
    const res = await post({ type: 'launchMissiles', from: { id: 'x' } });
    expect([res.status, res.body.error.code]).toEqual([400, 'unknown_activity_type']);
    const after = await call(srv.domain, 'GET', `/conversations/${c.conversationId}/activities?watermark=${before.body.watermark}`, { token: c.token });
    expect(after.body.activities).toEqual([]);
  });

  it('acknowledges known activity types other than messages without giving them to the bot', async () => {
    const before = await call(srv.domain, 'GET', `/conversations/${c.conversationId}/activities`, { token: c.token });
    for (const type of ['typing', 'event', 'conversationUpdate']) expect((await post({ type, name: 'webchat/join', from: { id: 'x' } })).status).toBe(200);
    const after = await call(srv.domain, 'GET', `/conversations/${c.conversationId}/activities?watermark=${before.body.watermark}`, { token: c.token });
    expect(after.body.activities.map((a: { type: string; from: { role: string } }) => `${a.from.role} ${a.type}`)).toEqual(['user typing', 'user event', 'user conversationUpdate']);
  });

  it('answers 413 for a message longer than the limit', async () => {
    const res = await post(say('x'.repeat(101)));
    expect([res.status, res.body.error.code]).toEqual([413, 'message_too_long']);
    expect((await post(say('ok', { value: { payload: 'p'.repeat(101) } }))).status).toBe(413);
    expect((await post(say('x'.repeat(100)))).status).toBe(200);
  });

  it('leaves malformed JSON, other content types and oversized bodies to the server: 400, 415 and 413', async () => {
    expect((await post(undefined, '{"type": "message",')).status).toBe(400);
    expect((await post(undefined, 'type=message', 'application/x-www-form-urlencoded')).status).toBe(415);
    expect((await post(undefined, JSON.stringify(say('x'.repeat(70_000))))).status).toBe(413);
  });

  it('answers 400 for a watermark that is not a number', async () => {
    const res = await call(srv.domain, 'GET', `/conversations/${c.conversationId}/activities?watermark=abc`, { token: c.token });
    expect([res.status, res.body.error.code]).toEqual([400, 'bad_request']);
  });

  it('tells the customer the bot\'s turnFailed message, without details, when a turn fails, and answers the POST 500', async () => {
    const res = await post(say('break please'));
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: { code: 'internal', message: 'Something went wrong on our side.' } });
    const log = await call(srv.domain, 'GET', `/conversations/${c.conversationId}/activities`, { token: c.token });
    const echo = log.body.activities.findLast((a: { text?: string }) => a.text === 'break please');
    expect(log.body.activities.at(-1)).toMatchObject({ type: 'message', from: { role: 'bot' }, text: srv.runtime.bot.messages.turnFailed[0], replyToId: echo.id });
  });

  it('refuses streams with a forged token (401), a token of another conversation or a conversation token (403)', async () => {
    const other = await startConversation(srv.domain);
    const forged = new URL(c.streamUrl);
    forged.searchParams.set('t', 'x.y.z');
    await expect(openStream(forged.toString())).rejects.toThrow('stream answered 401');
    await expect(openStream(c.streamUrl.replace(c.conversationId, other.conversationId))).rejects.toThrow('stream answered 403');
    forged.searchParams.set('t', c.token);
    await expect(openStream(forged.toString())).rejects.toThrow('stream answered 403');
  });
});

describe('the Direct Line API once a conversation has been idle too long', () => {
  const clock = manualClock(new Date());
  let srv: DirectLineServer;
  beforeAll(async () => {
    srv = await startDirectLineServer({ clock, log: createMemoryActivityLog({ clock, idleMs: 60_000, sweepMs: 0 }) });
  });
  afterAll(() => srv.close());

  it('answers 404 to polling, reconnecting, posting and streaming', async () => {
    const c = await startConversation(srv.domain);
    clock.advance(61_000);
    for (const [method, path] of [['GET', `/conversations/${c.conversationId}`], ['GET', `/conversations/${c.conversationId}/activities`], ['POST', `/conversations/${c.conversationId}/activities`]] as const) {
      const res = await call(srv.domain, method, path, { token: c.token, ...(method === 'POST' ? { body: say('hi') } : {}) });
      expect([path, res.status]).toEqual([path, 404]);
    }
    await expect(openStream(c.streamUrl)).rejects.toThrow('stream answered 404');
    expect(await srv.directLine.deliver?.(c.conversationId, [{ text: 'anyone there?' }])).toBe(false);
  });
});
