// The HTTP client botbuilder's connector clients send with (replies, proactive messages and handoff
// events, to the Bot Connector service at an activity's serviceUrl): Node's http(s) with a timeout
// on every request, and requests stopped, with the waits between retries, when the channel closes.
// botbuilder's own client sets no timeout: a service URL that never answers would hold a socket and
// a turn open for ever. A refused or dropped connection is retried by botbuilder's pipeline as
// before; a timeout is not. The proxy agent botbuilder's pipeline chose, if any, is kept.
import { setMaxListeners } from 'node:events';
import { request as httpRequest, type Agent, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { ConfigurationBotFrameworkAuthentication } from 'botbuilder';

export type ConnectorClientOptions = NonNullable<ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[4]>;
type HttpClient = NonNullable<ConnectorClientOptions['httpClient']>;
type WebResource = Parameters<HttpClient['sendRequest']>[0];
type CompatResponse = Awaited<ReturnType<HttpClient['sendRequest']>>;

export function boundedHttpClient(timeoutMs: number, closed: AbortSignal): HttpClient {
  // Each request in flight, and each wait between retries, listens to it: no limit to warn about.
  setMaxListeners(0, closed);
  return {
    sendRequest: (resource) => {
      // Set on the pipeline's own request too: its retry policy then stops waiting when the channel closes.
      resource.abortSignal ??= closed;
      return send(resource, timeoutMs, closed);
    },
  };
}

function send(resource: WebResource, timeoutMs: number, closed: AbortSignal): Promise<CompatResponse> {
  return new Promise((resolve, reject) => {
    const url = new URL(resource.url);
    // One controller per request, stopped by the timeout, the channel closing or the caller.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const stop = (): void => controller.abort();
    const sources = new Set([closed, resource.abortSignal].filter((s) => s !== undefined));
    for (const source of sources) source.addEventListener('abort', stop);
    const done = (): void => {
      clearTimeout(timer);
      for (const source of sources) source.removeEventListener('abort', stop);
    };
    if ([...sources].some((source) => source.aborted)) controller.abort();

    const body: string | Buffer | undefined = typeof resource.body === 'string' || Buffer.isBuffer(resource.body) ? resource.body : undefined;
    const headers = { ...resource.headers.rawHeaders(), ...(body !== undefined && !resource.headers.contains('content-length') ? { 'content-length': String(Buffer.byteLength(body)) } : {}) };
    const options = { method: resource.method, headers, signal: controller.signal, ...(resource.agent ? { agent: resource.agent as unknown as Agent } : {}) };
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, options, (res) => {
      readBody(res).then(
        (text) => resolve({ request: resource, status: res.statusCode ?? 0, headers: headersOf(resource, res), bodyAsText: text }),
        (err: NodeJS.ErrnoException) => reject(timedOut ? new Error(`${url.origin} did not answer within ${timeoutMs} ms`) : err),
      ).finally(done);
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      done();
      if (timedOut) reject(new Error(`${url.origin} did not answer within ${timeoutMs} ms`));
      else reject(controller.signal.aborted ? err : retriable(err));
    });
    req.end(body);
  });
}

/** Named as the pipeline's own errors are, so that its retry policy retries a refused or dropped connection (not a timeout). */
function retriable(err: NodeJS.ErrnoException): Error {
  return Object.assign(new Error(err.message, { cause: err }), { name: 'RestError', code: err.code });
}

function readBody(res: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    res.on('error', reject);
  });
}

/** The response's headers, in the headers class of botbuilder's pipeline (a cleared copy of the request's). */
function headersOf(resource: WebResource, res: IncomingMessage): CompatResponse['headers'] {
  const headers = resource.headers.clone();
  for (const name of headers.headerNames()) headers.remove(name);
  for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  return headers;
}
