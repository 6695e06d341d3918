// The token a turn's connector client sends the Bot Connector service, which files the service
// hosts (Teams' inline images) are fetched with: read from each SDK's own client classes, built with
// a token as the SDKs build them after signing in; an anonymous client (no app id) has none.
import { ConnectorClient as AgentsConnectorClient } from '@microsoft/agents-hosting';
import { ConnectorClient, MicrosoftAppCredentials, TokenCredentials } from 'botframework-connector';
import { connectorAuthorization } from '../../../adapters/agents/boundedCloudAdapter';
import { signedAuthorization } from '../../../adapters/botframework/signedAuthorization';

describe('the connector client\'s authorization', () => {
  it('on botbuilder, is what its credentials sign requests with', async () => {
    await expect(signedAuthorization(new ConnectorClient(new TokenCredentials('app-token'), { baseUri: 'https://smba.example.net/' }))).resolves.toBe('Bearer app-token');
    // Credentials without an app id sign nothing, and ask no token service.
    await expect(signedAuthorization(new ConnectorClient(new MicrosoftAppCredentials('', ''), { baseUri: 'https://smba.example.net/' }))).resolves.toBeUndefined();
    await expect(signedAuthorization(undefined)).resolves.toBeUndefined();
  });

  it('on the Agents SDK, is the header its client was built with', async () => {
    await expect(connectorAuthorization(AgentsConnectorClient.createClientWithToken('https://smba.example.net/', 'app-token'))).resolves.toBe('Bearer app-token');
    await expect(connectorAuthorization(AgentsConnectorClient.createClientWithToken('https://smba.example.net/', ''))).resolves.toBeUndefined();
    await expect(connectorAuthorization(undefined)).resolves.toBeUndefined();
  });
});
