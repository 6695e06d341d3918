// A small XMLHttpRequest over node:http, enough for the rxjs `ajax` that botframework-directlinejs
// uses: open, headers, send, timeout, abort, JSON or text responses, and the events in the order a
// browser fires them (readystatechange at DONE, then load, error or timeout).
import { request, type ClientRequest, type IncomingMessage } from 'node:http';

type Handler = ((this: NodeXMLHttpRequest, event: { type: string }) => void) | null;

export class NodeXMLHttpRequest {
  static readonly UNSENT = 0;
  static readonly OPENED = 1;
  static readonly DONE = 4;
  readyState = 0;
  status = 0;
  statusText = '';
  responseText = '';
  response: unknown = null;
  responseType: '' | 'json' | 'text' = '';
  timeout = 0;
  withCredentials = false;
  readonly upload: { onprogress?: unknown } = {};
  onreadystatechange: Handler = null;
  onload: Handler = null;
  onerror: Handler = null;
  ontimeout: Handler = null;
  #method = 'GET';
  #url = '';
  #headers: Record<string, string> = {};
  #responseHeaders: IncomingMessage['headers'] = {};
  #request: ClientRequest | undefined;
  #aborted = false;

  open(method: string, url: string): void {
    this.#method = method;
    this.#url = url;
    this.readyState = 1;
  }

  setRequestHeader(name: string, value: string): void {
    this.#headers[name] = value;
  }

  getResponseHeader(name: string): string | null {
    const value = this.#responseHeaders[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  }

  getAllResponseHeaders(): string {
    return Object.entries(this.#responseHeaders).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : v}`).join('\r\n');
  }

  send(body?: string | null): void {
    const payload = body ?? undefined;
    const req = request(this.#url, { method: this.#method, headers: { ...this.#headers, ...(payload !== undefined ? { 'Content-Length': Buffer.byteLength(payload) } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        this.status = res.statusCode ?? 0;
        this.statusText = res.statusMessage ?? '';
        this.#responseHeaders = res.headers;
        this.responseText = Buffer.concat(chunks).toString('utf8');
        this.response = this.responseType === 'json' ? parseJson(this.responseText) : this.responseText;
        this.#finish('load');
      });
      res.on('error', () => this.#fail('error'));
    });
    this.#request = req;
    if (this.timeout > 0) req.setTimeout(this.timeout, () => this.#fail('timeout'));
    req.on('error', () => this.#fail('error'));
    req.end(payload);
  }

  abort(): void {
    this.#aborted = true;
    this.#request?.destroy();
    this.readyState = 0;
  }

  #fail(kind: 'error' | 'timeout'): void {
    if (this.#aborted || this.readyState === 4) return;
    this.#request?.destroy();
    this.status = 0;
    this.response = null;
    this.#finish(kind);
  }

  #finish(kind: 'load' | 'error' | 'timeout'): void {
    if (this.#aborted) return;
    this.readyState = 4;
    this.onreadystatechange?.call(this, { type: 'readystatechange' });
    const handler = kind === 'load' ? this.onload : kind === 'error' ? this.onerror : this.ontimeout;
    handler?.call(this, { type: kind });
  }
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? null : JSON.parse(text);
  } catch {
    return null;
  }
}
