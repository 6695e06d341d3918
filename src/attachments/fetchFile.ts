// Fetches a file from an http(s) address for attaching it: the whole exchange (redirects included,
// at most MAX_REDIRECTS) within `timeoutMs`, the body within `maxBytes` (refused as soon as it says or
// shows itself larger). Node's fetch, as the webhooks use it; redirects are followed here, so each
// one's address is checked and counted, and the body is read chunk by chunk, counting bytes. An
// `authorization` goes only to addresses of its origin: a redirect elsewhere is fetched without it.
const MAX_REDIRECTS = 3;

export type FetchedFile =
  | { readonly ok: true; readonly bytes: Buffer; readonly contentType?: string }
  | { readonly ok: false; readonly reason: 'too_large' | 'failed' };

const FAILED: FetchedFile = { ok: false, reason: 'failed' };
const TOO_LARGE: FetchedFile = { ok: false, reason: 'too_large' };

export interface FetchFileOptions {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  /** An Authorization header for addresses of `origin` only. */
  readonly authorization?: { readonly origin: string; readonly value: string };
}

export function fetchFile(address: string, options: FetchFileOptions): Promise<FetchedFile> {
  return get(address, options, AbortSignal.timeout(options.timeoutMs), 0).catch(() => FAILED);
}

async function get(address: string, options: FetchFileOptions, signal: AbortSignal, redirects: number): Promise<FetchedFile> {
  const { maxBytes, authorization } = options;
  const url = URL.canParse(address) ? new URL(address) : undefined;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return FAILED;
  const headers = authorization && url.origin === authorization.origin ? { authorization: authorization.value } : undefined;
  const res = await fetch(url, { signal, redirect: 'manual', ...(headers ? { headers } : {}) });
  const location = res.headers.get('location');
  if (res.status >= 300 && res.status < 400 && location && redirects < MAX_REDIRECTS) {
    await res.body?.cancel();
    return get(new URL(location, url).href, options, signal, redirects + 1);
  }
  if (res.status !== 200 || !res.body) {
    await res.body?.cancel();
    return FAILED;
  }
  if (Number(res.headers.get('content-length') ?? 0) > maxBytes) {
    await res.body.cancel();
    return TOO_LARGE;
  }
  const bytes = await readWithin(res.body, maxBytes);
  const contentType = res.headers.get('content-type');
  return bytes === undefined ? TOO_LARGE : { ok: true, bytes, ...(contentType ? { contentType } : {}) };
}

/** The body, or undefined once it passes `maxBytes` (the rest is not read). */
async function readWithin(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Buffer | undefined> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
}
