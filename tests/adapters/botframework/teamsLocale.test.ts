// The customer's language on Teams and other Bot Framework channels, on each SDK, with the English and
// Spanish shop bot and the local Bot Connector stand-in: the activity's `locale` is the channel's hint,
// on the start (the bot added, in a Spanish Teams) and on messages, and the bot's messages carry the
// conversation's language as their `locale`.
import type { ChannelAdapter } from '../../../src/server/serverContext';
import { bilingualBot } from '../../support/bilingualBot';
import { startTestServer, type TestServer } from '../../support/startTestServer';
import { startConnectorStandIn, type ConnectorStandIn } from './connectorStandIn';
import { botAdded, message, personalChat, type TeamsUser } from './teamsActivities';
import { TEAMS_SDKS } from './teamsSdks';
import { skylineBot } from '../../support/skylineBot';

describe.each(TEAMS_SDKS)('the customer\'s language on the Bot Framework channel on $sdk', ({ createChannel }) => {
  let server: TestServer;
  let oneLanguage: TestServer;
  let connector: ConnectorStandIn;
  let channels: ChannelAdapter[];

  beforeAll(async () => {
    connector = await startConnectorStandIn();
    channels = [createChannel({ settings: {} }), createChannel({ settings: {} })];
    server = await startTestServer([channels[0]!], { bot: bilingualBot() });
    // Skyline's broadband bot speaks English only (the sample shop speaks three languages).
    oneLanguage = await startTestServer([channels[1]!], { bot: skylineBot() });
  });
  afterAll(async () => {
    await server.close();
    await oneLanguage.close();
    await connector.close();
  });
  beforeEach(() => connector.take());

  async function post(activity: unknown, on: TestServer = server): Promise<number> {
    const res = await fetch(`${on.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    await res.text();
    return res.status;
  }
  // A new user each time: a returning one would be welcomed back first.
  let users = 0;
  const newUser = (): TeamsUser => ({ id: `29:1locale-user-${++users}`, name: `User ${users}`, aadObjectId: `6d1f3c2a-3333-4c4b-9a1e-${String(users).padStart(12, '0')}` });
  const said = () => connector.take().filter((r) => r.activity.type === 'message').map((r) => [r.activity.text, r.activity.locale]);

  it('welcomes a user of a Spanish Teams in Spanish and answers in Spanish, every message carrying es-ES', async () => {
    const chat = personalChat(connector.url);
    expect(await post({ ...botAdded(chat), locale: 'es-ES' })).toBe(200);
    expect(said()).toEqual([['¡Hola! ¿En qué te ayudo?', 'es-ES']]);
    expect(await post({ ...message(chat, 'cuánto cuesta el envío'), locale: 'es-ES' })).toBe(200);
    expect(said()[0]).toEqual(['El envío es gratis a partir de 50.', 'es-ES']);
  });

  it('welcomes in English, carrying Teams\' en-GB, and follows a message whose locale is Spanish', async () => {
    const chat = personalChat(connector.url);
    const user = newUser();
    await post(botAdded(chat, user));
    expect(said()).toEqual([['Hi! How can I help?', 'en-GB']]);
    await post({ ...message(chat, 'cuánto cuesta el envío', user), locale: 'es-MX' });
    expect(said()[0]).toEqual(['El envío es gratis a partir de 50.', 'es-MX']);
  });

  it('names the language by its code when the conversation speaks another than the activity\'s locale', async () => {
    const chat = personalChat(connector.url);
    const user = newUser();
    await post({ ...botAdded(chat, user), locale: 'es-ES' });
    connector.take();
    // A locale the bot does not serve is no hint: the conversation stays Spanish, and says so.
    await post({ ...message(chat, 'cuánto cuesta el envío', user), locale: 'de-DE' });
    expect(said()[0]).toEqual(['El envío es gratis a partir de 50.', 'es']);
  });

  it('leaves a one-language bot\'s replies as the SDK sends them', async () => {
    const chat = personalChat(connector.url);
    await post({ ...botAdded(chat, newUser()), locale: 'es-ES' }, oneLanguage);
    const [welcome] = said();
    expect(welcome![0]).toMatch(/Skyline's assistant|Hello!/);
    expect(welcome![1]).not.toBe('es');
  });
});
