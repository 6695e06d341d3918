// A turn that fails inside the runtime: the customer gets the bot's turnFailed message instead of
// silence, the channel gets 200 (a retry would fail the same way), and the failure is logged.
import type { AddressInfo } from 'node:net';
import { createRuntime } from '../../../src/runtime/createRuntime';
import { createServer } from '../../../src/server/createServer';
import { createLogger } from '../../../src/server/logger';
import { DEFAULT_LIMITS } from '../../../src/server/serverContext';
import { createMemoryStore } from '../../../src/store/memoryStore';
import { sampleBot } from '../../support/startTestServer';
import { startConnectorStandIn } from './connectorStandIn';
import { message, personalChat } from './teamsActivities';
import { TEAMS_SDKS } from './teamsSdks';

describe.each(TEAMS_SDKS)('on $sdk', ({ createChannel }) => {
  it('tells the customer with the bot\'s turnFailed message when a turn fails, and logs it', async () => {
    const connector = await startConnectorStandIn();
    const { bot, nlu } = sampleBot();
    const store = createMemoryStore();
    const real = createRuntime({ bot, nlu, store });
    const runtime = { ...real, bot, message: () => Promise.reject(new Error('the store is on fire')) };
    const log = createLogger('silent');
    const logged = jest.spyOn(log, 'error');
    const server = createServer({ runtime, store, log, limits: DEFAULT_LIMITS }, [createChannel({ settings: {} })]);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message(personalChat(connector.url), 'hello')) });
      expect(res.status).toBe(200);
      expect(connector.received.map((r) => r.activity.text)).toEqual([bot.messages.turnFailed[0]]);
      expect(logged).toHaveBeenCalledWith(expect.objectContaining({ channel: 'msteams', type: 'message' }), 'bot framework turn failed');
    } finally {
      server.server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await connector.close();
    }
  });
});
