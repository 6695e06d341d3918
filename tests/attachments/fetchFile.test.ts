// Fetching a file to attach, from local HTTP servers: the bytes and declared type; a redirect
// followed; a body larger than the limit refused whether it says so (Content-Length) or not
// (chunked); a server that never answers given up after the time allowed; not 200, or not http(s),
// a failure. An Authorization header reaches its own origin only, never a redirect's other host.
import { fetchFile } from '../../src/attachments/fetchFile';
import { refusedUrl, startLocalServer, type LocalServer } from '../support/localServers';

const LIMIT = 1000;
let server: LocalServer;
let silent: LocalServer;
let other: LocalServer;
/** The Authorization headers each server was sent, by path. */
const seen: Array<[string, string | undefined]> = [];
beforeAll(async () => {
  other = await startLocalServer((req, res) => {
    seen.push([`other${req.url}`, req.headers.authorization]);
    res.setHeader('content-type', 'image/png');
    res.end(Buffer.alloc(5, 2));
  });
  server = await startLocalServer((req, res) => {
    seen.push([req.url ?? '', req.headers.authorization]);
    // Status and headers one by one: restify, when loaded in the process, replaces writeHead.
    if (req.url === '/file') {
      res.setHeader('content-type', 'image/png');
      res.end(Buffer.alloc(10, 1));
    } else if (req.url === '/moved') {
      res.statusCode = 302;
      res.setHeader('location', '/file');
      res.end();
    } else if (req.url === '/elsewhere') {
      res.statusCode = 302;
      res.setHeader('location', `${other.url}file`);
      res.end();
    } else if (req.url === '/big') {
      res.setHeader('content-length', String(LIMIT + 1));
      res.end(Buffer.alloc(LIMIT + 1));
    } else if (req.url === '/big-chunked') {
      res.write(Buffer.alloc(LIMIT));
      res.end(Buffer.alloc(10));
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  silent = await startLocalServer(() => undefined);
});
afterAll(async () => Promise.all([server.close(), silent.close(), other.close()]));

const get = (url: string, timeoutMs = 5000) => fetchFile(url, { timeoutMs, maxBytes: LIMIT });

describe('fetchFile', () => {
  it('gets the bytes and the declared type, following a redirect', async () => {
    await expect(get(`${server.url}file`)).resolves.toEqual({ ok: true, bytes: Buffer.alloc(10, 1), contentType: 'image/png' });
    await expect(get(`${server.url}moved`)).resolves.toEqual({ ok: true, bytes: Buffer.alloc(10, 1), contentType: 'image/png' });
  });

  it('sends an Authorization header to its origin only, dropping it on a redirect to another host', async () => {
    const authorization = { origin: new URL(server.url).origin, value: 'Bearer app-token' };
    seen.length = 0;
    await expect(fetchFile(`${server.url}moved`, { timeoutMs: 5000, maxBytes: LIMIT, authorization })).resolves.toMatchObject({ ok: true });
    await expect(fetchFile(`${server.url}elsewhere`, { timeoutMs: 5000, maxBytes: LIMIT, authorization })).resolves.toEqual({ ok: true, bytes: Buffer.alloc(5, 2), contentType: 'image/png' });
    await expect(fetchFile(`${other.url}file`, { timeoutMs: 5000, maxBytes: LIMIT, authorization })).resolves.toMatchObject({ ok: true });
    expect(seen).toEqual([
      ['/moved', 'Bearer app-token'], ['/file', 'Bearer app-token'],
      ['/elsewhere', 'Bearer app-token'], ['other/file', undefined],
      ['other/file', undefined],
    ]);
  });

  it('refuses a body over the limit, declared or not', async () => {
    await expect(get(`${server.url}big`)).resolves.toEqual({ ok: false, reason: 'too_large' });
    await expect(get(`${server.url}big-chunked`)).resolves.toEqual({ ok: false, reason: 'too_large' });
  });

  it('fails on a server that never answers, a missing file, a closed port or another scheme', async () => {
    await expect(get(`${silent.url}file`, 300)).resolves.toEqual({ ok: false, reason: 'failed' });
    await expect(get(`${server.url}missing`)).resolves.toEqual({ ok: false, reason: 'failed' });
    await expect(get(await refusedUrl())).resolves.toEqual({ ok: false, reason: 'failed' });
    await expect(get('file:///etc/passwd')).resolves.toEqual({ ok: false, reason: 'failed' });
  });
});
