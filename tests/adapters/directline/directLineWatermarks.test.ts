// Watermarks: polling returns what came after the last one, a reconnecting stream resumes exactly
// there, and messages delivered while a client is away wait for it.
import { call, say, startConversation } from '../../support/directLineHttp';
import { startDirectLineServer, type DirectLineServer } from '../../support/directLineServer';
import { openStream } from '../../support/streamFrames';

describe('Direct Line watermarks', () => {
  let srv: DirectLineServer;
  beforeAll(async () => {
    srv = await startDirectLineServer();
  });
  afterAll(() => srv.close());

  it('let a polling client read each activity once, in order, with ids made of the conversation and a number', async () => {
    const c = await startConversation(srv.domain);
    const first = await call(srv.domain, 'GET', `/conversations/${c.conversationId}/activities`, { token: c.token });
    expect(first.body).toEqual({ activities: [expect.objectContaining({ id: `${c.conversationId}|0000001`, type: 'message' })], watermark: '1' });
    const again = await call(srv.domain, 'GET', `/conversations/${c.conversationId}/activities?watermark=1`, { token: c.token });
    expect(again.body).toEqual({ activities: [], watermark: '1' });

    const posted = await call(srv.domain, 'POST', `/conversations/${c.conversationId}/activities`, { token: c.token, body: say('how much is shipping?') });
    expect(posted.body).toEqual({ id: `${c.conversationId}|0000002` });
    const next = await call(srv.domain, 'GET', `/conversations/${c.conversationId}/activities?watermark=1`, { token: c.token });
    const activities = next.body.activities as { id: string; type: string; text?: string; from: { role: string } }[];
    expect(activities.slice(0, 3).map((a) => `${a.from.role} ${a.type}`)).toEqual(['user message', 'bot typing', 'bot message']);
    expect(activities[2]?.text).toMatch(/^Shipping is free/);
    expect(activities.map((a) => a.id)).toEqual(activities.map((_, i) => `${c.conversationId}|${String(i + 2).padStart(7, '0')}`));
    expect(next.body.watermark).toBe(String(activities.length + 1));
  });

  it('let a stream that dropped resume from its last watermark without missing or repeating anything', async () => {
    const c = await startConversation(srv.domain);
    const stream = await openStream(c.streamUrl);
    await stream.waitFor((a) => a.type === 'message');
    const last = stream.frames.at(-1)?.watermark ?? '';
    stream.close();

    await call(srv.domain, 'POST', `/conversations/${c.conversationId}/activities`, { token: c.token, body: say('how much is shipping?') });
    expect(await srv.directLine.deliver?.(c.conversationId, [{ text: 'An agent will be with you shortly.' }])).toBe(true);

    const reconnect = await call(srv.domain, 'GET', `/conversations/${c.conversationId}?watermark=${last}`, { token: c.token });
    expect(reconnect.status).toBe(200);
    expect(reconnect.body).toMatchObject({ conversationId: c.conversationId, token: expect.any(String), streamUrl: expect.stringContaining(`watermark=${last}`) });
    const resumed = await openStream(reconnect.body.streamUrl);
    await resumed.waitFor((a) => a.text === 'An agent will be with you shortly.');
    const missed = await call(srv.domain, 'GET', `/conversations/${c.conversationId}/activities?watermark=${last}`, { token: c.token });
    expect(resumed.activities().map((a) => a.id)).toEqual(missed.body.activities.map((a: { id: string }) => a.id));
    expect(resumed.activities().map((a) => a.text ?? a.type).slice(0, 2)).toEqual(['how much is shipping?', 'typing']);
    resumed.close();
  });

  it('push new activities to every connected stream as they are logged', async () => {
    const c = await startConversation(srv.domain);
    const [one, two] = [await openStream(c.streamUrl), await openStream(c.streamUrl)];
    await srv.directLine.deliver?.(c.conversationId, [{ text: 'Hello from an agent', quickReplies: [{ title: 'Thanks', payload: 'thanks' }] }]);
    for (const stream of [one, two]) {
      await stream.waitFor((a) => a.text === 'Hello from an agent');
      expect(stream.activities().at(-1)).toMatchObject({ from: { role: 'bot' }, suggestedActions: { actions: [{ type: 'messageBack', title: 'Thanks', value: { payload: 'thanks' } }] } });
      stream.close();
    }
  });

  it('give stream URLs on the host and scheme a reverse proxy reports', async () => {
    const c = await startConversation(srv.domain);
    expect(c.streamUrl.startsWith(`ws://127.0.0.1:${new URL(srv.origin).port}/v3/directline/conversations/${c.conversationId}/stream?t=`)).toBe(true);
    const res = await fetch(`${srv.domain}/conversations/${c.conversationId}?watermark=1`, {
      headers: { Authorization: `Bearer ${c.token}`, 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'chat.example.com' },
    });
    const { streamUrl } = (await res.json()) as { streamUrl: string };
    expect(streamUrl).toMatch(new RegExp(`^wss://chat\\.example\\.com/v3/directline/conversations/${c.conversationId}/stream\\?t=[^&]+&watermark=1$`));
  });

  it('deliver nothing to a conversation this channel does not hold', async () => {
    expect(await srv.directLine.deliver?.('rest-1234', [{ text: 'hello' }])).toBe(false);
  });

  it('keep the conversation going for others when a client disconnects in the middle of a reply', async () => {
    const gone = await startConversation(srv.domain);
    const other = await startConversation(srv.domain);
    const stream = await openStream(gone.streamUrl);
    const pending = call(srv.domain, 'POST', `/conversations/${gone.conversationId}/activities`, { token: gone.token, body: say('I want to return order #12346, it arrived broken') });
    stream.socket.terminate();
    const controller = new AbortController();
    const aborted = fetch(`${srv.domain}/conversations/${gone.conversationId}/activities`, {
      method: 'POST', signal: controller.signal, headers: { Authorization: `Bearer ${gone.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(say('Yes, send it')),
    }).catch(() => 'aborted');
    controller.abort();
    await Promise.all([pending, aborted]);

    const answered = await call(srv.domain, 'POST', `/conversations/${other.conversationId}/activities`, { token: other.token, body: say('how much is shipping?') });
    expect(answered.status).toBe(200);
    const later = await call(srv.domain, 'GET', `/conversations/${gone.conversationId}/activities?watermark=1`, { token: gone.token });
    expect(later.body.activities.map((a: { text?: string }) => a.text)).toContain('Shall I email you a free return label for your phone charger?');
  });
});
