// The Bot Framework channel loads its SDK on the first request to /api/messages, not at start:
// until then nothing of it is built, and an agent's reply to a conversation it has never seen is
// not the channel's to deliver.
import { sdkChannel, type SdkChannel } from '../../../adapters/botframework/sdkChannel';
import { startTestServer, type TestServer } from '../../support/startTestServer';

describe('a Bot Framework channel over an SDK loaded on first use', () => {
  let server: TestServer;
  let loads = 0;
  const verified: string[] = [];
  const sdk: SdkChannel<string> = {
    endpoint: () => ({
      verify: async (_activity, authorization) => {
        verified.push(authorization);
        return { ok: false, status: 401, code: 'unauthorized', message: 'no token' };
      },
      process: async () => undefined,
    }),
    deliver: async () => true,
    close: async () => undefined,
  };
  const channel = sdkChannel(true, () => {
    loads++;
    return sdk;
  });

  beforeAll(async () => { server = await startTestServer([channel]); });
  afterAll(() => server.close());

  it('builds nothing at start, and delivers nowhere before the first request', async () => {
    expect(loads).toBe(0);
    await expect(channel.deliver!('c1', [{ text: 'hi' }])).resolves.toBe(false);
    expect(loads).toBe(0);
  });

  it('loads the SDK once, on the first request, and hands every request to it', async () => {
    const post = () => fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer x' },
      body: JSON.stringify({ type: 'message', id: '1', channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', conversation: { id: 'c1' }, from: { id: 'u1' }, recipient: { id: 'b1' }, text: 'hello' }),
    });
    expect((await post()).status).toBe(401);
    expect((await post()).status).toBe(401);
    expect(loads).toBe(1);
    expect(verified).toEqual(['Bearer x', 'Bearer x']);
    await expect(channel.deliver!('c1', [{ text: 'hi' }])).resolves.toBe(true);
  });
});
