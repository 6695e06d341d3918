// The Agents SDK's CloudAdapter with a bound on the Bot Connector service (an activity's
// serviceUrl): every request its connector clients send (replies, proactive messages, the handoff
// event) is aborted after a timeout, and all of them stop when the channel closes. The SDK's own
// client sets no timeout: a service URL that never answers would hold a socket open for ever.
// The app's token for the connector is fetched when the first reply is sent, not before every turn
// as the SDK does: a turn that sends nothing (typing, reactions) needs none, and a token service out
// of reach costs the replies (logged), never the request (as on the botbuilder channel).
import type { Activity } from '@microsoft/agents-activity';
import { CloudAdapter, type AuthConfiguration, type ConnectorClient, type HeaderPropagationCollection, type HttpRequestConfig } from '@microsoft/agents-hosting';
import type { JwtPayload } from 'jsonwebtoken';

type Send = ConnectorClient['httpClient']['request'];

/** The Authorization header a turn's connector client sends (the app's token), fetched on first use. */
const authorizations = new WeakMap<ConnectorClient, () => Promise<string | undefined>>();

const headerOf = (client: ConnectorClient): string | undefined =>
  Object.entries(client.httpClient.defaultHeaders).find(([name]) => name.toLowerCase() === 'authorization')?.[1];

/** What the connector client sends as its Authorization header: undefined for an anonymous one. */
export function connectorAuthorization(client: ConnectorClient | undefined): Promise<string | undefined> {
  if (!client) return Promise.resolve(undefined);
  return authorizations.get(client)?.() ?? Promise.resolve(headerOf(client));
}

export class BoundedCloudAdapter extends CloudAdapter {
  constructor(config: AuthConfiguration, private readonly timeoutMs: number, private readonly closed: AbortSignal) {
    super(config);
  }

  protected override async createConnectorClient(serviceUrl: string, scope: string, identity: JwtPayload, headers?: HeaderPropagationCollection): Promise<ConnectorClient> {
    const client = await super.createConnectorClient(serviceUrl, scope, identity, headers);
    return this.bounded(client, client.httpClient.request.bind(client.httpClient));
  }

  protected override async createConnectorClientWithIdentity(identity: JwtPayload, activity: Activity, headers?: HeaderPropagationCollection): Promise<ConnectorClient> {
    // Without an audience the SDK's client is anonymous: no token to wait for.
    const anonymous = await super.createConnectorClientWithIdentity({}, activity, headers);
    if (!identity?.aud) return this.bounded(anonymous, anonymous.httpClient.request.bind(anonymous.httpClient));
    let signed: Promise<ConnectorClient> | undefined;
    const withToken = (): Promise<ConnectorClient> => (signed ??= super.createConnectorClientWithIdentity(identity, activity, headers).catch((err: unknown) => {
      signed = undefined; // the next reply tries again
      throw err;
    }));
    const send: Send = async (config) => {
      const client = await withToken();
      return client.httpClient.request(config);
    };
    const bounded = this.bounded(anonymous, send);
    authorizations.set(bounded, async () => headerOf(await withToken()));
    return bounded;
  }

  /** `client`, sending through `send` with every request bounded by the timeout and the channel's closing. */
  private bounded(client: ConnectorClient, send: Send): ConnectorClient {
    client.httpClient.request = <T>(config: HttpRequestConfig) => {
      const signals = [AbortSignal.timeout(this.timeoutMs), this.closed, ...(config.signal ? [config.signal] : [])];
      return send<T>({ ...config, signal: AbortSignal.any(signals) });
    };
    return client;
  }
}
