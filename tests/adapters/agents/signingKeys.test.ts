// The Agents SDK channel's copy of a token issuer's signing keys, against a local issuer that counts
// its requests: fetched once and reused, fetched again for a key it has not seen (at most every five
// minutes), kept when the issuer cannot be reached, and a rejection when there are none to keep.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSigningKeys } from '../../../adapters/agents/signingKeys';

let server: Server;
let base: string;
let keys: Array<Record<string, unknown>>;
let up = true;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.setHeader('content-type', 'application/json');
    if (!up) {
      res.statusCode = 503;
      res.end('{}');
    } else if (req.url === '/meta') res.end(JSON.stringify({ jwks_uri: `${base}/keys` }));
    else if (req.url === '/keys') res.end(JSON.stringify({ keys }));
    else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  requests.length = 0;
  up = true;
  keys = [{ kty: 'RSA', kid: 'one', n: 'AQAB', e: 'AQAB', endorsements: ['msteams'] }];
  jest.useRealTimers();
});

it('fetches the metadata and the keys once, and reuses them for a key it knows', async () => {
  const signing = createSigningKeys(`${base}/meta`, 1000);
  expect((await signing.current('one')).map((k) => [k.kid, k.endorsements])).toEqual([['one', ['msteams']]]);
  await signing.current('one');
  await signing.current(undefined);
  expect(requests).toEqual(['/meta', '/keys']);
});

it('fetches again for a key it has not seen, at most every five minutes', async () => {
  jest.useFakeTimers({ now: Date.now(), doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  const signing = createSigningKeys(`${base}/meta`, 1000);
  await signing.current('one');
  keys = [...keys, { kty: 'RSA', kid: 'two', n: 'AQAB', e: 'AQAB' }];
  expect((await signing.current('two')).map((k) => k.kid)).toEqual(['one']);
  jest.setSystemTime(Date.now() + 5 * 60 * 1000 + 1);
  expect((await signing.current('two')).map((k) => k.kid)).toEqual(['one', 'two']);
  expect(requests).toEqual(['/meta', '/keys', '/meta', '/keys']);
});

it('keeps the keys it holds when the issuer cannot be reached, and rejects when it holds none', async () => {
  jest.useFakeTimers({ now: Date.now(), doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  const signing = createSigningKeys(`${base}/meta`, 1000);
  await signing.current('one');
  up = false;
  jest.setSystemTime(Date.now() + 25 * 60 * 60 * 1000);
  expect((await signing.current('one')).map((k) => k.kid)).toEqual(['one']);
  await expect(createSigningKeys(`${base}/meta`, 1000).current('one')).rejects.toThrow(`${base}/meta answered 503`);
  up = true;
  await expect(createSigningKeys(`${base}/nothing`, 1000).current('one')).rejects.toThrow(`${base}/nothing answered 404`);
});
