// The channels a Baton server offers by default: REST, Teams / Azure Bot Service, Direct Line and
// the web chat page that talks Direct Line.
import type { ChannelAdapter } from '../src/server/serverContext';
import type { BatonStores } from '../src/store/openStores';
import { createBotFrameworkChannel } from './botframework/botFrameworkChannel';
import { createDirectLineChannel } from './directline/directLineChannel';
import { createRestChannel } from './rest/restChannel';
import { createWebchatPage } from './webchat/webchatPage';

export function defaultChannels(stores: Pick<BatonStores, 'restOutbox' | 'directLine'>): ChannelAdapter[] {
  const directLine = createDirectLineChannel({ log: stores.directLine.activityLog(), ...(stores.directLine.signingKey ? { signingKey: stores.directLine.signingKey } : {}) });
  return [createRestChannel({ outbox: stores.restOutbox }), createBotFrameworkChannel(), directLine, createWebchatPage(directLine)];
}
