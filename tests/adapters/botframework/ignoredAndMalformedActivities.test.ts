// What the channel does with activities it does not act on: types it does not handle are
// acknowledged with 200 and ignored; bodies without the envelope every channel sends (type,
// channelId, serviceUrl, conversation.id, from.id) are refused with a 400 JSON error. Never a crash.
import { startTestServer, type TestServer } from '../../support/startTestServer';
import { startConnectorStandIn, type ConnectorStandIn } from './connectorStandIn';
import { activityOfType, message, personalChat } from './teamsActivities';
import { TEAMS_SDKS } from './teamsSdks';

describe.each(TEAMS_SDKS)('on $sdk', ({ createChannel }) => {
  let server: TestServer;
  let connector: ConnectorStandIn;

  beforeAll(async () => {
    connector = await startConnectorStandIn();
    server = await startTestServer([createChannel({ settings: {} })]);
  });
  afterAll(async () => {
    await server.close();
    await connector.close();
  });

  async function post(body: unknown): Promise<{ status: number; json: any }> {
    const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, json: text === '' ? undefined : JSON.parse(text) };
  }

  describe('activities the channel does not act on', () => {
    it.each([
      ['typing', {}],
      ['messageReaction', { reactionsAdded: [{ type: 'like' }] }],
      ['installationUpdate', { action: 'add' }],
      ['invoke', { name: 'composeExtension/query', value: {} }],
      ['endOfConversation', {}],
      ['conversationUpdate', { membersRemoved: [{ id: '29:someone' }] }],
      ['someFutureType', {}],
    ])('acknowledges a %s activity with 200 and sends nothing', async (type, extra) => {
      const res = await post(activityOfType(personalChat(connector.url), type, extra));
      expect(res.status).toBe(200);
      expect(connector.received).toEqual([]);
    });

    type Body = (serviceUrl: string) => unknown;
    const valid = (serviceUrl: string): Record<string, unknown> => message(personalChat(serviceUrl), 'hello');
    const without = (field: string): Body => (serviceUrl) => {
      const activity = valid(serviceUrl);
      delete activity[field];
      return activity;
    };
    const changed = (fields: Record<string, unknown>): Body => (serviceUrl) => ({ ...valid(serviceUrl), ...fields });

    it.each<[string, Body, string]>([
      ['a body that is not an object', () => '[1,2]', 'The body must be a JSON activity object.'],
      ['a missing type', without('type'), '"type" is required: the activity type, such as "message".'],
      ['a missing channelId', without('channelId'), '"channelId" is required: the channel the activity comes from.'],
      ['a missing serviceUrl', without('serviceUrl'), '"serviceUrl" is required: the http(s) URL replies are sent to.'],
      ['a serviceUrl that is not http(s)', changed({ serviceUrl: 'file:///etc/passwd' }), '"serviceUrl" is required: the http(s) URL replies are sent to.'],
      ['a missing conversation', without('conversation'), '"conversation.id" is required.'],
      ['a conversation without an id', changed({ conversation: { conversationType: 'personal' } }), '"conversation.id" is required.'],
      ['a missing sender', without('from'), '"from.id" is required: who sent the activity.'],
      ['a recipient without an id', changed({ recipient: 'bot' }), '"recipient" must be an account with an "id".'],
      ['text that is not a string', changed({ text: { a: 1 } }), '"text" must be a string.'],
      ['members added that are not accounts', changed({ type: 'conversationUpdate', membersAdded: ['29:x'] }), '"membersAdded" must be a list of accounts with an "id".'],
    ])('refuses %s with 400 and a JSON error', async (_name, body, expected) => {
      const res = await post(body(connector.url));
      expect(res.status).toBe(400);
      expect(res.json).toEqual({ error: { code: 'bad_request', message: expected } });
      expect(connector.received).toEqual([]);
    });

    it('refuses malformed JSON with 400 and a JSON error', async () => {
      const res = await post('{"type":');
      expect(res.status).toBe(400);
      expect(res.json.error.code).toBe('bad_request');
    });

    it('answers other methods on /api/messages with 405', async () => {
      const res = await fetch(`${server.url}/api/messages`);
      expect(res.status).toBe(405);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('method_not_allowed');
    });

    it('still serves the next request after all of these', async () => {
      const res = await post(message(personalChat(connector.url), 'how much is shipping'));
      expect(res.status).toBe(200);
      expect(connector.received.some((r) => r.activity.type === 'message')).toBe(true);
    });
  });
});
