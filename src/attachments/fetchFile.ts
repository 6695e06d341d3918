// Fetches a file from an http(s) address for attaching it: the whole exchange (redirects included,
// at most MAX_REDIRECTS) within `timeoutMs`, the body within `maxBytes` (refused as soon as it says or
// shows itself larger). Node's http(s) directly: every byte is counted as it arrives.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

const MAX_REDIRECTS = 3;

export type FetchedFile =
  | { readonly ok: true; readonly bytes: Buffer; readonly contentType?: string }
  | { readonly ok: false; readonly reason: 'too_large' | 'failed' };

export function fetchFile(address: string, { timeoutMs, maxBytes }: { readonly timeoutMs: number; readonly maxBytes: number }): Promise<FetchedFile> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  return get(address, maxBytes, controller.signal, 0)
    .catch((): FetchedFile => ({ ok: false, reason: 'failed' }))
    .finally(() => clearTimeout(timer));
}

function get(address: string, maxBytes: number, signal: AbortSignal, redirects: number): Promise<FetchedFile> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return Promise.resolve({ ok: false, reason: 'failed' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return Promise.resolve({ ok: false, reason: 'failed' });
  return new Promise((resolve, reject) => {
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, { signal }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location && redirects < MAX_REDIRECTS) {
        res.resume();
        return void get(new URL(res.headers.location, url).href, maxBytes, signal, redirects + 1).then(resolve, reject);
      }
      if (status !== 200) {
        res.resume();
        return resolve({ ok: false, reason: 'failed' });
      }
      if (Number(res.headers['content-length'] ?? 0) > maxBytes) {
        res.destroy();
        return resolve({ ok: false, reason: 'too_large' });
      }
      readWithin(res, maxBytes).then((bytes) => resolve(bytes === undefined
        ? { ok: false, reason: 'too_large' }
        : { ok: true, bytes, ...(res.headers['content-type'] ? { contentType: res.headers['content-type'] } : {}) }), reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The body, or undefined once it passes `maxBytes`. */
function readWithin(res: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    res.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) {
        res.destroy();
        resolve(undefined);
      } else chunks.push(chunk);
    });
    res.on('end', () => resolve(Buffer.concat(chunks)));
    res.on('error', reject);
  });
}
