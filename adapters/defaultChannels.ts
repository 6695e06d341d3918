// The channels a Baton server offers by default: REST, Teams / Azure Bot Service (on the SDK that
// BATON_TEAMS_SDK names), Direct Line and the web chat page that talks Direct Line.
import type { ChannelAdapter } from '../src/server/serverContext';
import type { BatonStores } from '../src/store/openStores';
import { createDirectLineChannel } from './directline/directLineChannel';
import { createRestChannel } from './rest/restChannel';
import { createTeamsChannel } from './teamsChannel';
import { createWebchatPage } from './webchat/webchatPage';

export function defaultChannels(stores: Pick<BatonStores, 'restOutbox' | 'directLine'>): ChannelAdapter[] {
  const directLine = createDirectLineChannel({ log: stores.directLine.activityLog(), ...(stores.directLine.signingKey ? { signingKey: stores.directLine.signingKey } : {}) });
  return [createRestChannel({ outbox: stores.restOutbox }), createTeamsChannel(), directLine, createWebchatPage(directLine)];
}
